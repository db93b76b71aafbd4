using System.Text.Json;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Evaluation;
using Json.Schema;

namespace ApaIngest.Core.Tests.Evaluation;

/// <summary>The checked-in corpus gold: valid against the contract's schema, and perfect when scored against itself.</summary>
public class CorpusGoldTests
{
    /// <summary>corpus/gold, or APA_TEST_CORPUS_GOLD (e.g. a corpus-full/gold) to run these tests over another gold set.</summary>
    public static string GoldDir => Environment.GetEnvironmentVariable("APA_TEST_CORPUS_GOLD") is { Length: > 0 } dir
        ? dir
        : Path.Combine(RepoRoot.Path, "corpus", "gold");

    // Built once: JsonSchema.Net registers a schema's $id globally and refuses a second registration.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "spec", "apa-document.schema.json"))));

    public static IReadOnlyList<string> GoldFileNames() =>
        Directory.Exists(GoldDir)
            ? Directory.EnumerateFiles(GoldDir, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList()
            : [];

    public static TheoryData<string> GoldFiles() => new(GoldFileNames());

    [Fact]
    public void CorpusGold_Exists()
    {
        Assert.True(Directory.Exists(GoldDir) && Directory.EnumerateFiles(GoldDir, "*.json").Any(), $"no gold JSON in {GoldDir}");
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void GoldFile_ValidatesAgainstSchema(string file)
    {
        var schema = Schema.Value;
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
