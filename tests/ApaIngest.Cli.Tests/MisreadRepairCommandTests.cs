using System.Text.Json;
using System.Text.Json.Nodes;
using ApaIngest.Cli.Tests.Support;

namespace ApaIngest.Cli.Tests;

/// <summary>
/// `apa train digits` (the numeric-cell confusion table) and the validator that `apa eval --apply-repair` and
/// `apa extract` run with the committed table (issue 8): predictions made from gold documents with known damage.
/// </summary>
public sealed class MisreadRepairCommandTests : IDisposable
{
    private const string Name = "c02-dc-chuadanga-2018-19";
    private readonly string work = Directory.CreateTempSubdirectory("apa-cli-digits-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public async Task TrainDigits_OcrPredictionsWithLatinLookAlikes_LearnsWhatTheyStoodFor()
    {
        var gold = Directory.CreateDirectory(Path.Combine(work, "gold")).FullName;
        var pred = Directory.CreateDirectory(Path.Combine(work, "pred")).FullName;
        var output = Path.Combine(work, "model");
        var goldText = File.ReadAllText(GoldPath);
        File.WriteAllText(Path.Combine(gold, Name + ".json"), goldText);
        // Every ২ recognised as R, in an OCR'd document.
        File.WriteAllText(Path.Combine(pred, Name + ".scan300.json"), AsOcr(goldText.Replace('২', 'R')));

        var run = await Apa.RunAsync("train", "digits", "--gold", gold, "--pred", pred, "--out", output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var rows = File.ReadAllLines(Path.Combine(output, "confusions.tsv")).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        var r = Assert.Single(rows, f => f[0] == "U+0052");
        Assert.Equal(("U+09E8", "1"), (r[1], r[3]));
        Assert.Contains(rows, f => f[0] == "U+09E9" && f[1] == "U+09E9");
        Assert.True(File.Exists(Path.Combine(output, "MODEL_CARD.md")));
    }

    [Fact]
    public async Task TrainDigits_TextLayerPredictionsOnly_ExitsOneNothingWritten()
    {
        var gold = Directory.CreateDirectory(Path.Combine(work, "gold")).FullName;
        var pred = Directory.CreateDirectory(Path.Combine(work, "pred")).FullName;
        File.Copy(GoldPath, Path.Combine(gold, Name + ".json"));
        File.Copy(GoldPath, Path.Combine(pred, Name + ".digital.json"));

        var run = await Apa.RunAsync("train", "digits", "--gold", gold, "--pred", pred, "--out", Path.Combine(work, "model"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no OCR prediction", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(work, "model")));
    }

    [Fact]
    public async Task EvalApplyRepair_AsciiDigitsInBanglaLadder_ReadThroughCommittedTable()
    {
        // ৪০৪ (very good, between ৪৪৯ and ৩৫৯) recognised as the ASCII look-alikes 808.
        var gold = Directory.CreateDirectory(Path.Combine(work, "gold")).FullName;
        var pred = Directory.CreateDirectory(Path.Combine(work, "pred")).FullName;
        var repaired = Path.Combine(work, "repaired");
        File.Copy(GoldPath, Path.Combine(gold, Name + ".json"));
        var doc = JsonNode.Parse(AsOcr(File.ReadAllText(GoldPath)))!;
        var target = doc["indicators"]!.AsArray().Single(i => (string?)i!["code"] == "3.1.1" && (string?)i["group"] == "office")!["targets"]!
            .AsArray().Single(t => (string?)t!["level"] == "very_good")!;
        target["raw"] = "808";
        target["value"] = 808;
        File.WriteAllText(Path.Combine(pred, Name + ".scan300.json"), doc.ToJsonString());

        var run = await Apa.RunAsync("eval", "--gold", gold, "--pred", pred, "--apply-repair", "--save-repaired", repaired);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var result = JsonDocument.Parse(File.ReadAllText(Path.Combine(repaired, Name + ".scan300.json")));
        var cell = result.RootElement.GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("code").GetString() == "3.1.1" && i.GetProperty("group").GetString() == "office")
            .GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("level").GetString() == "very_good");
        Assert.Equal(404, cell.GetProperty("value").GetDouble());
        Assert.Equal("808", cell.GetProperty("raw").GetString());
        Assert.Contains(result.RootElement.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "value.misread_repaired");
        Assert.Contains("cells_exact=1.000", run.Stdout, StringComparison.Ordinal);
    }

    private static string GoldPath => Path.Combine(Apa.RepoRoot, "corpus", "gold", Name + ".json");

    private static string AsOcr(string json)
    {
        var doc = JsonNode.Parse(json)!;
        doc["source"]!["text_source"] = "ocr";
        doc["source"]!["file_name"] = Name + ".scan300.pdf";
        return doc.ToJsonString();
    }
}
