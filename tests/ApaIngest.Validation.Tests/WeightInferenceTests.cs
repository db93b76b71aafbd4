using ApaIngest.Core.Documents;

namespace ApaIngest.Validation.Tests;

/// <summary>Weights OCR did not read, filled from the APA's arithmetic (the valid document: areas 40 + 30, governance 10/10/4/3/3).</summary>
public sealed class WeightInferenceTests
{
    private static readonly DocumentValidator Validator = new(new ValidationOptions());

    private static ApaDocument WithAreaWeight(ApaDocument d, string group, string code, double? weight) =>
        d with { PerformanceAreas = d.PerformanceAreas.Select(a => a.Group == group && a.Code == code ? a with { Weight = weight } : a).ToList() };

    [Fact]
    public void Process_OcrGovernanceWeightsMissingOthersFollowSplit_FilledFromSplit()
    {
        var doc = Documents.Valid(TextSources.Ocr)
            .Change(Groups.Governance, "1.3.1", i => i with { Weight = null })
            .Change(Groups.Governance, "1.4.1", i => i with { Weight = null });

        var result = Validator.Process(doc);

        Assert.Equal(4, result.Get(Groups.Governance, "1.3.1").Weight);
        Assert.Equal(3, result.Get(Groups.Governance, "1.4.1").Weight);
        Assert.Contains(result.Issues, i => i.Code == IssueCodes.WeightsInferred && i.Message.Contains("governance 1.3.1", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_OcrGovernanceWeightsDisagreeWithSplit_NotFilled()
    {
        var doc = Documents.Valid(TextSources.Ocr)
            .Change(Groups.Governance, "1.2.1", i => i with { Weight = 8 })
            .Change(Groups.Governance, "1.3.1", i => i with { Weight = null })
            .Change(Groups.Governance, "1.4.1", i => i with { Weight = null });

        var result = Validator.Process(doc);

        Assert.Null(result.Get(Groups.Governance, "1.3.1").Weight);
        Assert.Null(result.Get(Groups.Governance, "1.4.1").Weight);
        Assert.Contains(IssueCodes.WeightsMissing, result.Issues.Select(i => i.Code));
    }

    [Fact]
    public void Process_TextLayerWeightMissing_NotFilled()
    {
        var doc = Documents.Valid()
            .Change(Groups.Governance, "1.3.1", i => i with { Weight = null })
            .Change(Groups.Governance, "1.4.1", i => i with { Weight = null });

        var result = Validator.Process(doc);

        Assert.Null(result.Get(Groups.Governance, "1.3.1").Weight);
    }

    [Fact]
    public void Process_OcrAreaWeightMissing_SumOfItsIndicators()
    {
        var doc = WithAreaWeight(Documents.Valid(TextSources.Ocr), Groups.Office, "1", null);

        var result = Validator.Process(doc);

        Assert.Equal(40, result.PerformanceAreas.Single(a => a.Group == Groups.Office && a.Code == "1").Weight);
        Assert.DoesNotContain(result.Issues, i => i.Code.StartsWith("weights.", StringComparison.Ordinal) && i.Code != IssueCodes.WeightsInferred);
    }

    [Fact]
    public void Process_OcrAreaAndOneOfItsIndicatorsMissing_AreaFromTotalThenIndicatorFromArea()
    {
        var doc = WithAreaWeight(Documents.Valid(TextSources.Ocr), Groups.Office, "2", null)
            .Change(Groups.Office, "2.1.1", i => i with { Weight = null });

        var result = Validator.Process(doc);

        Assert.Equal(30, result.PerformanceAreas.Single(a => a.Group == Groups.Office && a.Code == "2").Weight);
        Assert.Equal(15, result.Get(Groups.Office, "2.1.1").Weight);
    }
}
