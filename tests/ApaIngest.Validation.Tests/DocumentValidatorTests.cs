using ApaIngest.Core.Documents;

namespace ApaIngest.Validation.Tests;

public class DocumentValidatorTests
{
    private static readonly DocumentValidator Validator = new(new ValidationOptions());

    private static IEnumerable<string> Codes(ApaDocument d) => d.Issues.Select(i => i.Code);

    [Fact]
    public void Process_ValidDocument_NoIssuesFullConfidence()
    {
        var result = Validator.Process(Documents.Valid());
        Assert.Empty(result.Issues);
        Assert.All(result.Indicators, i => Assert.Equal(1.0, i.Confidence));
        Assert.Equal(Documents.Valid().Indicators.Select(i => i.Weight), result.Indicators.Select(i => i.Weight));
    }

    [Fact]
    public void Process_AreaWeightsDoNotAddUp_AreaSumIssueNamesArea()
    {
        var doc = Documents.Valid().Change(Groups.Office, "1.1.1", i => i with { Weight = 28 });
        var result = Validator.Process(doc);
        var issue = Assert.Single(result.Issues, i => i.Code == IssueCodes.WeightsAreaSum);
        Assert.Equal(Severities.Warning, issue.Severity);
        Assert.Contains("ভূমি ব্যবস্থাপনা", issue.Message, StringComparison.Ordinal);
        Assert.Contains("44", issue.Message, StringComparison.Ordinal);
        Assert.Contains("40", issue.Message, StringComparison.Ordinal);
        Assert.Equal(7, issue.Page);
        Assert.Equal(28, result.Get(Groups.Office, "1.1.1").Weight); // a text layer is not repaired
        Assert.True(result.Get(Groups.Office, "1.1.1").Confidence < 1);
    }

    [Fact]
    public void Process_OcrWeightWithOneFittingLookAlike_RepairedAsInfo()
    {
        // ২৪ misread as ২৮ (৪/৮): only 24 makes area 1 weigh 40 again
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.1.1", i => i with { Weight = 28 });
        var result = Validator.Process(doc);
        Assert.Equal(24, result.Get(Groups.Office, "1.1.1").Weight);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((Severities.Info, IssueCodes.WeightsRepaired), (issue.Severity, issue.Code));
        Assert.Contains("২৮", issue.Message, StringComparison.Ordinal);
        Assert.Equal(0.9, result.Get(Groups.Office, "1.1.1").Confidence);
    }

    [Fact]
    public void Process_OcrWeightsWithNoFittingReading_LeftAndReported()
    {
        // area 2 = 30 read as 16 + 16 = 32: no single look-alike reading (16 → 15 gives 31) makes it add up
        var doc = Documents.Valid(TextSources.Ocr)
            .Change(Groups.Office, "2.1.1", i => i with { Weight = 16 })
            .Change(Groups.Office, "2.2.1", i => i with { Weight = 16 });
        var result = Validator.Process(doc);
        Assert.Equal(16, result.Get(Groups.Office, "2.1.1").Weight);
        Assert.Contains(IssueCodes.WeightsAreaSum, Codes(result));
    }

    [Fact]
    public void Process_OcrAmbiguousRepair_TwoCandidates_NotRepaired()
    {
        // area 2 weighs 12 = 4 + 8, read as 8 + 8: either 8 → 4 fits, so neither is changed
        var doc = Documents.Valid(TextSources.Ocr) with
        {
            PerformanceAreas =
            [
                new PerformanceArea(Groups.Office, "1", "ক", 58), new PerformanceArea(Groups.Office, "2", "খ", 12),
                new PerformanceArea(Groups.Governance, "1", "সুশাসন", 30),
            ],
        };
        doc = doc with
        {
            Indicators = doc.Indicators.Select(i => i.Code switch
            {
                "1.1.1" when i.Group == Groups.Office => i with { Weight = 42 },
                "1.2.1" when i.Group == Groups.Office => i with { Weight = 16 },
                "2.1.1" => i with { Weight = 8 },
                "2.2.1" => i with { Weight = 8 },
                _ => i,
            }).ToList(),
        };
        var result = Validator.Process(doc);
        Assert.Equal(8, result.Get(Groups.Office, "2.1.1").Weight);
        Assert.Equal(8, result.Get(Groups.Office, "2.2.1").Weight);
        var issue = Assert.Single(result.Issues, i => i.Code == IssueCodes.WeightsAreaSum);
        Assert.Contains("'খ'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_RepairOff_ReportsInsteadOfRepairing()
    {
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.1.1", i => i with { Weight = 28 });
        var result = new DocumentValidator(new ValidationOptions { Repair = false }).Process(doc);
        Assert.Equal(28, result.Get(Groups.Office, "1.1.1").Weight);
        Assert.Contains(IssueCodes.WeightsAreaSum, Codes(result));
    }

    [Fact]
    public void Process_OcrAreaWeightMisread_RepairedFromTotalAndIndicators()
    {
        // area 1 printed ৪০ read as ৮০: office areas weigh 110; 40 is the only reading giving 70 and matching 24 + 16
        var doc = Documents.Valid(TextSources.Ocr);
        doc = doc with { PerformanceAreas = doc.PerformanceAreas.Select(a => a.Group == Groups.Office && a.Code == "1" ? a with { Weight = 80 } : a).ToList() };
        var result = Validator.Process(doc);
        Assert.Equal(40, result.PerformanceAreas[0].Weight);
        Assert.Equal([IssueCodes.WeightsRepaired], Codes(result));
    }

    [Fact]
    public void Process_OfficeAreasNot70_OfficeTotalAndTotal()
    {
        var doc = Documents.Valid();
        doc = doc with
        {
            PerformanceAreas = doc.PerformanceAreas.Select(a => a.Group == Groups.Office && a.Code == "2" ? a with { Weight = 35 } : a).ToList(),
        };
        var result = Validator.Process(doc);
        Assert.Contains(IssueCodes.WeightsOfficeTotal, Codes(result));
        Assert.Contains(IssueCodes.WeightsTotal, Codes(result));
        Assert.Contains(result.Issues, i => i.Code == IssueCodes.WeightsAreaSum && i.Message.Contains("আইন-শৃঙ্খলা", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_GovernanceNot30_GovernanceTotal()
    {
        var doc = Documents.Valid();
        doc = doc with { PerformanceAreas = doc.PerformanceAreas.Select(a => a.Group == Groups.Governance ? a with { Weight = 25 } : a).ToList() };
        var result = Validator.Process(doc);
        Assert.Contains(IssueCodes.WeightsGovernanceTotal, Codes(result));
        Assert.Contains(IssueCodes.WeightsAreaSum, Codes(result));
    }

    [Theory]
    [InlineData("2023-24", new double[] { 10, 10, 4, 3, 3 }, null)]
    [InlineData("2018-19", new double[] { 8, 8, 5, 5, 4 }, null)]
    [InlineData("2019-20", new double[] { 10, 8, 4, 4, 4 }, null)]
    [InlineData("2023-24", new double[] { 8, 8, 5, 5, 4 }, Severities.Info)]
    [InlineData("2023-24", new double[] { 12, 8, 4, 3, 3 }, Severities.Warning)]
    [InlineData("2017-18", new double[] { 12, 8, 4, 3, 3 }, Severities.Info)]
    public void Process_GovernanceSplit_CurrentStrictOlderTolerated(string year, double[] split, string? severity)
    {
        var doc = Documents.Valid(fiscalYear: year);
        var codes = new[] { "1.1.1", "1.2.1", "1.3.1", "1.4.1", "1.5.1" };
        for (var k = 0; k < codes.Length; k++)
        {
            var w = split[k];
            doc = doc.Change(Groups.Governance, codes[k], i => i with { Weight = w });
        }

        var issues = Validator.Process(doc).Issues.Where(i => i.Code == IssueCodes.WeightsGovernanceSplit).ToList();
        if (severity is null)
        {
            Assert.Empty(issues);
        }
        else
        {
            Assert.Equal(severity, Assert.Single(issues).Severity);
        }
    }

    [Fact]
    public void Process_OcrGovernanceWeightMisread_SplitDecides()
    {
        // ৪ read as ৮ in the grievance row: 10/10/8/3/3 = 34; 8→4 is the one reading that adds up to 30
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Governance, "1.3.1", i => i with { Weight = 8 });
        var result = Validator.Process(doc);
        Assert.Equal(4, result.Get(Groups.Governance, "1.3.1").Weight);
        Assert.Equal([IssueCodes.WeightsRepaired], Codes(result));
    }

    [Fact]
    public void Process_LadderOutOfOrderOnTextLayer_LadderOrderWarning()
    {
        var doc = Documents.Valid().Change(Groups.Office, "1.1.1", i => i.Target("good", "৮০", 80));
        var result = Validator.Process(doc);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((Severities.Warning, IssueCodes.LadderOrder, 7), (issue.Severity, issue.Code, issue.Page));
        Assert.Equal(0.75, result.Get(Groups.Office, "1.1.1").Confidence);
    }

    [Fact]
    public void Process_OcrLadderDigitMisread_RepairedKeepingRaw()
    {
        // ৪০ read as ৮০ in the good column of 50/45/40/35/30
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.1.1", i => i.Target("good", "৮০", 80));
        var result = Validator.Process(doc);
        var good = result.Get(Groups.Office, "1.1.1").Targets.Single(t => t.Level == "good");
        Assert.Equal(CellValue.Of(40), good.Value);
        Assert.Equal("৮০", good.Raw);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((Severities.Info, IssueCodes.LadderRepaired), (issue.Severity, issue.Code));
        Assert.Contains("৮০", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_OcrLadderReversedDigits_Repaired()
    {
        // ৯০ read right to left as ০৯ = 9 in 100/90/80/70/60
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Office, "2.1.1", i => i.Target("very_good", "০৯", 9));
        var result = Validator.Process(doc);
        Assert.Equal(CellValue.Of(90), result.Get(Groups.Office, "2.1.1").Targets[1].Value);
    }

    [Fact]
    public void Process_LessIsBetterAndDateLadders_Accepted()
    {
        var dates = Documents.Count(Groups.Office, "1.2.1", 16, ["", "", "", "", ""]) with
        {
            Unit = Units.Date,
            Targets =
            [
                new TargetValue("excellent", CellValue.Of("2024-04-15"), "১৫/০৪/২৪"), new TargetValue("very_good", CellValue.Of("2024-04-28"), "২৮/০৪/২৪"),
                new TargetValue("good", CellValue.Of("2024-05-05"), "০৫/০৫/২৪"), new TargetValue("fair", CellValue.Of("2024-05-12"), "১২/০৫/২৪"),
                new TargetValue("poor", CellValue.Null, "-"),
            ],
        };
        var doc = Documents.Valid().Change(Groups.Office, "1.2.1", _ => dates);
        Assert.Empty(Validator.Process(doc).Issues);
    }

    [Fact]
    public void Process_CodeNotUnderActivity_CodeNesting()
    {
        var doc = Documents.Valid().Change(Groups.Office, "2.2.1", i => i with { Code = "3.2.1" });
        var issue = Assert.Single(Validator.Process(doc).Issues);
        Assert.Equal(IssueCodes.CodeNesting, issue.Code);
        Assert.Equal(8, issue.Page);
    }

    [Fact]
    public void Process_DuplicateCode_Reported()
    {
        var doc = Documents.Valid();
        doc = doc with { Indicators = [.. doc.Indicators, doc.Indicators[0] with { Weight = 0.001 }] };
        Assert.Contains(IssueCodes.CodeDuplicate, Codes(Validator.Process(doc)));
    }

    [Fact]
    public void Process_NullValueWithRawText_ReparsedOrReported()
    {
        var doc = Documents.Valid()
            .Change(Groups.Office, "1.1.1", i => i with { Actuals = [i.Actuals[0] with { Value = CellValue.Null, Raw = "১,২৫২" }, i.Actuals[1]] })
            .Change(Groups.Office, "1.2.1", i => i with { Actuals = [i.Actuals[0] with { Value = CellValue.Null, Raw = "অগ্রিম" }, i.Actuals[1]] })
            .Change(Groups.Office, "2.1.1", i => i with { Actuals = [i.Actuals[0] with { Value = CellValue.Null, Raw = "৮০-৯০" }, i.Actuals[1]] });
        var result = Validator.Process(doc);
        Assert.Equal(CellValue.Of(1252), result.Get(Groups.Office, "1.1.1").Actuals[0].Value);
        Assert.True(result.Get(Groups.Office, "1.2.1").Actuals[0].Value.IsNull);
        Assert.Contains(result.Issues, i => i.Code == IssueCodes.ValueUnparsed && i.Message.Contains("অগ্রিম", StringComparison.Ordinal));
        Assert.Contains(IssueCodes.ValueRange, Codes(result));
        Assert.Equal(1.0, result.Get(Groups.Office, "1.1.1").Confidence);
    }

    [Fact]
    public void Process_NoFiscalYear_FiscalYearMissing()
    {
        Assert.Contains(IssueCodes.FiscalYearMissing, Codes(Validator.Process(Documents.Valid(fiscalYear: null))));
    }

    [Fact]
    public void Process_ActualColumnsOfWrongYears_FiscalYearColumns()
    {
        var doc = Documents.Valid().Change(Groups.Office, "1.1.1", i => i with { Actuals = [i.Actuals[0] with { FiscalYear = "2020-21" }, i.Actuals[1]] });
        var issue = Assert.Single(Validator.Process(doc).Issues);
        Assert.Equal(IssueCodes.FiscalYearColumns, issue.Code);
        Assert.Contains("2020-21", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_Twice_SameIssuesOnce()
    {
        var doc = Documents.Valid().Change(Groups.Office, "1.1.1", i => i with { Weight = 28 });
        var once = Validator.Process(doc);
        var twice = Validator.Process(once);
        Assert.Equal(once.Issues, twice.Issues);
    }

    [Fact]
    public void Process_KeepsEarlierIssues()
    {
        var doc = Documents.Valid() with { Issues = [new DocumentIssue(Severities.Warning, "ocr.low_confidence", "page 3", 3)] };
        Assert.Equal("ocr.low_confidence", Assert.Single(Validator.Process(doc).Issues).Code);
    }

    [Fact]
    public void IssueSummary_CountsDocumentsNotIssues()
    {
        var bad = Validator.Process(Documents.Valid().Change(Groups.Office, "1.1.1", i => i with { Weight = 28 }).Change(Groups.Office, "2.1.1", i => i with { Weight = 1 }));
        var counts = IssueSummary.DocumentsByCode([bad, bad, Validator.Process(Documents.Valid())]);
        Assert.Equal(2, counts[IssueCodes.WeightsAreaSum]);
        Assert.Single(counts);
    }
}
