using System.Text.Json;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Evaluation;
using Json.Schema;

namespace ApaIngest.Core.Tests.Evaluation;

/// <summary>The checked-in corpus gold: valid against the contract's schema, and perfect when scored against itself.</summary>
public class CorpusGoldTests
{
    private static string GoldDir => Path.Combine(RepoRoot.Path, "corpus", "gold");

    public static TheoryData<string> GoldFiles()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(GoldDir))
        {
            foreach (var f in Directory.EnumerateFiles(GoldDir, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(f));
            }
        }

        return data;
    }

    [Fact]
    public void CorpusGold_Exists()
    {
        Assert.True(Directory.Exists(GoldDir) && Directory.EnumerateFiles(GoldDir, "*.json").Any(), $"no gold JSON in {GoldDir}");
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void GoldFile_ValidatesAgainstSchema(string file)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "spec", "apa-document.schema.json")));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldDir, file)));
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors.Take(20)));
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void GoldFile_RoundTripsThroughCoreRecords(string file)
    {
        var doc = ApaDocumentJson.Load(Path.Combine(GoldDir, file));
        Assert.NotEmpty(doc.Indicators);
        Assert.Equal(1.0, DocumentScorer.Score(doc, doc).Cells.Rate);
    }

    [Fact]
    public void CorpusGold_AgainstItself_Perfect()
    {
        var result = EvaluationRunner.Run(GoldDir, GoldDir);
        Assert.Equal(1.0, result.Overall.Indicators.F1);
        Assert.Equal(1.0, result.Overall.Cells.Rate);
        Assert.Equal(1.0, result.Overall.Field(Fields.Name).Rate);
        Assert.All(result.Overall.Fields.Values, t => Assert.Equal(1.0, t.Rate!.Value, 9));
    }
}
