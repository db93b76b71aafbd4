using ApaIngest.Core.Documents;
using ApaIngest.Core.Evaluation;

namespace ApaIngest.Core.Tests.Evaluation;

public sealed class EvaluationRunnerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "apa-eval-tests-" + Guid.NewGuid().ToString("N"));

    public EvaluationRunnerTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "gold"));
        Directory.CreateDirectory(Path.Combine(_root, "pred"));
        ApaDocumentJson.Save(SampleDocuments.Gold(), Path.Combine(_root, "gold", "a.json"));
        ApaDocumentJson.Save(SampleDocuments.Gold() with { Indicators = SampleDocuments.Gold().Indicators.Take(1).ToList() },
            Path.Combine(_root, "gold", "b.json"));
    }

    private string Gold => Path.Combine(_root, "gold");

    private string Pred => Path.Combine(_root, "pred");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_GoldAsPred_PerfectWithVariantDash()
    {
        var result = EvaluationRunner.Run(Gold, Gold);
        Assert.Equal(["-"], result.ByVariant.Keys);
        Assert.Equal(2, result.Documents.Count);
        Assert.Equal(1.0, result.Overall.Indicators.F1);
        Assert.Equal(1.0, result.Overall.Cells.Rate);
        Assert.Equal("eval: indicators_f1=1.000 cells_exact=1.000 names_char_acc=1.000 files=2", EvaluationReport.SummaryLine(result));
    }

    [Fact]
    public void Run_EmptyAndGarbagePredFiles_ZeroAndReported()
    {
        File.WriteAllText(Path.Combine(Pred, "a.digital.json"), string.Empty);
        File.WriteAllText(Path.Combine(Pred, "b.digital.json"), "{ not json");
        var result = EvaluationRunner.Run(Gold, Pred);
        Assert.Equal("eval: indicators_f1=0.000 cells_exact=0.000 names_char_acc=0.000 files=2", EvaluationReport.SummaryLine(result));
        Assert.All(result.Documents, d => Assert.StartsWith(DocumentScore.Unreadable, d.Status, StringComparison.Ordinal));
        Assert.Contains("unreadable", EvaluationReport.ToText(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_VariantsAndMissingFile_MissingScoredZeroInItsVariant()
    {
        File.Copy(Path.Combine(Gold, "a.json"), Path.Combine(Pred, "a.digital.json"));
        File.Copy(Path.Combine(Gold, "b.json"), Path.Combine(Pred, "b.digital.json"));
        File.Copy(Path.Combine(Gold, "a.json"), Path.Combine(Pred, "a.scan300.json"));
        var result = EvaluationRunner.Run(Gold, Pred);
        Assert.Equal(["digital", "scan300"], result.ByVariant.Keys);
        Assert.Equal(1.0, result.ByVariant["digital"].Indicators.F1);
        Assert.Equal(new Detection(3, 0, 1), result.ByVariant["scan300"].Indicators);
        Assert.Single(result.Documents, d => d.Status == DocumentScore.Missing && d is { Name: "b", Variant: "scan300" });
        Assert.Equal(4, result.Documents.Count);
    }

    [Fact]
    public void Run_PredWithoutGold_WarnedNotScored()
    {
        File.Copy(Path.Combine(Gold, "a.json"), Path.Combine(Pred, "zzz.digital.json"));
        var result = EvaluationRunner.Run(Gold, Pred);
        Assert.Single(result.Warnings);
        Assert.All(result.Documents, d => Assert.Equal(DocumentScore.Missing, d.Status));
    }

    [Fact]
    public void Run_PredWithNullLists_ScoredNotCrashed()
    {
        var json = File.ReadAllText(Path.Combine(Gold, "a.json")).Replace("\"actuals\": [", "\"actuals\": null, \"x\": [", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Pred, "a.json"), json);
        var result = EvaluationRunner.Run(Gold, Pred);
        var a = Assert.Single(result.Documents, d => d.Name == "a");
        Assert.Equal(DocumentScore.Ok, a.Status);
        Assert.Equal(new Tally(0, 6), a.Score.Field(Fields.Actuals));
    }

    [Fact]
    public void Run_GoldDirWithoutJson_Throws()
    {
        Assert.Throws<InvalidDataException>(() => EvaluationRunner.Run(Pred, Pred));
    }

    [Fact]
    public void ToJsonAndMarkdown_ContainVariantRows()
    {
        File.Copy(Path.Combine(Gold, "a.json"), Path.Combine(Pred, "a.legacy.json"));
        var result = EvaluationRunner.Run(Gold, Pred);
        Assert.Contains("\"by_variant\"", EvaluationReport.ToJson(result), StringComparison.Ordinal);
        Assert.Contains("| legacy | 2 |", EvaluationReport.ToMarkdown(result), StringComparison.Ordinal);
    }
}
