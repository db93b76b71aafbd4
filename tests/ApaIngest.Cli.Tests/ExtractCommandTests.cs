using System.Text.Json;
using ApaIngest.Cli.Tests.Support;

namespace ApaIngest.Cli.Tests;

/// <summary>`apa extract` end to end: the wired pipeline (reader, repair, extractor, validator, canonical matcher) on real PDFs.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("apa-cli-extract-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public async Task Extract_CorpusDigital_GivesGoldCodesAndCanonicalIds()
    {
        const string name = "c01-uno-badalgachi-2023-24";
        var output = Path.Combine(work, name + ".json");

        var run = await Apa.RunAsync("extract", Apa.Corpus(name + ".digital.pdf"), "-o", output);

        Assert.Equal(0, run.ExitCode);
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Apa.RepoRoot, "corpus", "gold", name + ".json")));
        using var pred = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(1, pred.RootElement.GetProperty("schema_version").GetInt32());
        var expected = CodesAndIds(gold.RootElement);
        var actual = CodesAndIds(pred.RootElement);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (key, canonicalId) in expected)
        {
            Assert.True(canonicalId == actual[key], $"indicator {key}: canonical_id {actual[key]} where gold has {canonicalId}");
        }
    }

    [Fact]
    public async Task Extract_MissingFile_ExitsOneNamingTheFile()
    {
        var run = await Apa.RunAsync("extract", Path.Combine(work, "absent.pdf"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("absent.pdf", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public async Task Extract_NotAPdf_ExitsOneWithOneLineAndWritesNothing()
    {
        var input = Path.Combine(work, "notes.pdf");
        File.WriteAllText(input, "this is a text file, not a PDF\n");
        var output = Path.Combine(work, "notes.json");

        var run = await Apa.RunAsync("extract", input, "-o", output);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("notes.pdf", line, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(work, "*.json*"));
    }

    private static Dictionary<string, string?> CodesAndIds(JsonElement document) =>
        document.GetProperty("indicators").EnumerateArray().ToDictionary(
            i => i.GetProperty("group").GetString() + ":" + i.GetProperty("code").GetString(),
            i => i.TryGetProperty("canonical_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null);
}
