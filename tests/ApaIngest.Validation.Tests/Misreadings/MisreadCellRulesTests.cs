using ApaIngest.Core.Documents;
using ApaIngest.Validation.Misreadings;

namespace ApaIngest.Validation.Tests.Misreadings;

public class MisreadCellRulesTests
{
    private static readonly CellConfusions Table = new(
    [
        new CharConfusion('R', '২', 9, 0.9), new CharConfusion('R', '৭', 1, 0.1),
        new CharConfusion('8', '৪', 8, 0.8), new CharConfusion('8', '৮', 2, 0.2),
        new CharConfusion('0', '০', 10, 1.0),
        new CharConfusion('a', '৯', 5, 0.5), new CharConfusion('a', '৪', 5, 0.5),
        new CharConfusion('৯', '৯', 8, 0.8), new CharConfusion('৯', '১', 2, 0.2),
        new CharConfusion('ঙ', '৬', 6, 0.6), new CharConfusion('ঙ', '\0', 4, 0.4),
    ]);

    private static DocumentValidator Validator(bool repair = true) => new(new ValidationOptions { Repair = repair, Confusions = Table });

    [Fact]
    public void Process_OcrTargetInLatinLetters_ReadThroughTableKeepingRaw()
    {
        // ladder _ ২০ ১৯ ১৮ ১৭: "RR" reads ২২ (p 0.81), ২৭ (0.09) or ৭২, ৭৭ (beyond 3x the row's largest value).
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.2.1", i => i with
        {
            Targets = i.Targets.Select(t => t.Level == TargetLevels.Excellent ? t with { Raw = "RR", Value = CellValue.Null } :
                t with { Value = CellValue.Of(t.Value.Number!.Value + 10) }).ToList(),
        });

        var result = Validator().Process(doc);

        var excellent = result.Get(Groups.Office, "1.2.1").Targets[0];
        Assert.Equal(CellValue.Of(22), excellent.Value);
        Assert.Equal("RR", excellent.Raw);
        var issue = Assert.Single(result.Issues, i => i.Code == IssueCodes.ValueMisreadRepaired);
        Assert.Equal(Severities.Info, issue.Severity);
        Assert.Contains("1.2.1", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Issues, i => i.Code == IssueCodes.ValueUnparsed);
    }

    [Fact]
    public void Process_OcrAsciiDigitsInBanglaDocument_LadderPicksTheReading()
    {
        // ৫০ ৪৫ ৪০ ৩৫ ৩০: "80" as the good target reads ৪০ (fits) or ৮০ (breaks the ladder).
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.1.1", i => i.Target(TargetLevels.Good, "80", 80));

        var result = Validator().Process(doc);

        Assert.Equal(CellValue.Of(40), result.Get(Groups.Office, "1.1.1").Targets[2].Value);
        Assert.Contains(result.Issues, i => i.Code == IssueCodes.ValueMisreadRepaired);
    }

    [Fact]
    public void Process_TwoMisreadNeighbours_NeitherDecidesTheOther()
    {
        // Truth ৪৯ ৪৪ ৪০ ৩৫ ৩০, read 8৯ (the extractor already took 8 as ৪: 49) and 88. Judged beside 88, ৪৯ would break
        // the ladder and ৮৯ would win; judged without its misread neighbour, 49 stays and 88 reads ৪৪.
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.1.1", i => i
            .Target(TargetLevels.Excellent, "8৯", 49)
            .Target(TargetLevels.VeryGood, "88", 88));

        var result = Validator().Process(doc);

        var targets = result.Get(Groups.Office, "1.1.1").Targets;
        Assert.Equal(CellValue.Of(49), targets[0].Value);
        Assert.Equal(CellValue.Of(44), targets[1].Value);
    }

    [Fact]
    public void Process_CountReadingWithFraction_NotTaken()
    {
        // জন (লক্ষ): ০.০২১৮ঙ৬ reads ০.০২১৮৬৬ (p 0.6, 2,186.6 persons) or ০.০২১৮৬ (p 0.4, 2,186): persons are whole.
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.1.1", i => i with
        {
            Unit = Units.Persons, UnitRaw = "জন (লক্ষ)", UnitScale = 100_000,
            Actuals = [new YearValue("2021-22", CellValue.Of(2000), "০.০২"), new YearValue("2022-23", CellValue.Of(2100), "০.০২১")],
            Targets =
            [
                new TargetValue(TargetLevels.Excellent, CellValue.Of(2300), "০.০২৩"), new TargetValue(TargetLevels.VeryGood, CellValue.Of(2250), "০.০২২৫"),
                new TargetValue(TargetLevels.Good, CellValue.Null, "০.০২১৮ঙ৬"), new TargetValue(TargetLevels.Fair, CellValue.Of(2100), "০.০২১"),
                new TargetValue(TargetLevels.Poor, CellValue.Of(2000), "০.০২"),
            ],
            Projections = [],
        });

        var result = Validator().Process(doc);

        Assert.Equal(CellValue.Of(2186), result.Get(Groups.Office, "1.1.1").Targets[2].Value);
    }

    [Fact]
    public void Process_DateColumn_ReadingThatIsNotADate_NotTaken()
    {
        // ২৯.০৩.২ঙ৬ in a date column reads ২৯.০৩.২৬৬ (p 0.6, not a date: a number) or ২৯.০৩.২৬ (p 0.4, 29 March 2026).
        var doc = Documents.Valid(TextSources.Ocr, fiscalYear: "2025-26").Change(Groups.Office, "1.2.1", i => i with
        {
            Unit = Units.Date, UnitRaw = "তারিখ",
            Actuals = [],
            Targets =
            [
                new TargetValue(TargetLevels.Excellent, CellValue.Of("2026-03-15"), "১৫.০৩.২৬"), new TargetValue(TargetLevels.VeryGood, CellValue.Of("2026-03-22"), "২২.০৩.২৬"),
                new TargetValue(TargetLevels.Good, CellValue.Null, "২৯.০৩.২ঙ৬"), new TargetValue(TargetLevels.Fair, CellValue.Of("2026-04-05"), "০৫.০৪.২৬"),
                new TargetValue(TargetLevels.Poor, CellValue.Null, "-"),
            ],
            Projections = [],
        });

        var result = Validator().Process(doc);

        Assert.Equal(CellValue.Of("2026-03-29"), result.Get(Groups.Office, "1.2.1").Targets[2].Value);
    }

    [Fact]
    public void Process_TextLayerDocument_NeverReRead()
    {
        var doc = Documents.Valid(TextSources.TextLayer).Change(Groups.Office, "1.1.1", i => i.Target(TargetLevels.Good, "80", 80));

        var result = Validator().Process(doc);

        Assert.Equal(CellValue.Of(80), result.Get(Groups.Office, "1.1.1").Targets[2].Value);
        Assert.DoesNotContain(result.Issues, i => i.Code == IssueCodes.ValueMisreadRepaired);
    }

    [Fact]
    public void Process_RepairOff_UnreadableCellReported()
    {
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.2.1", i => i.Target(TargetLevels.Fair, "a", null));

        var result = Validator(repair: false).Process(doc);

        Assert.True(result.Get(Groups.Office, "1.2.1").Targets[3].Value.IsNull);
        Assert.Contains(result.Issues, i => i.Code == IssueCodes.ValueUnparsed);
    }

    [Fact]
    public void Process_TwoReadingsFitTheLadderEqually_LeftAndReported()
    {
        // ১২ ১১ ১০ _ ৮ ... 'a' reads ৯ or ৪ at 0.5 each; only ৯ fits between ১০ and ৮ -> taken.
        var fits = Validator().Process(Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.2.1", i => i.Target(TargetLevels.Fair, "a", null)));
        Assert.Equal(CellValue.Of(9), fits.Get(Groups.Office, "1.2.1").Targets[3].Value);

        // With the ladder ১২ ১১ ১০ ৯ _ both ৯ and ৪ fit below ৯: no reading holds most of the probability.
        var ambiguous = Validator().Process(Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.2.1", i => i.Target(TargetLevels.Poor, "a", null)));
        Assert.True(ambiguous.Get(Groups.Office, "1.2.1").Targets[4].Value.IsNull);
        Assert.Contains(ambiguous.Issues, i => i.Code == IssueCodes.ValueUnparsed);
    }

    [Fact]
    public void Process_BanglaValueFarOutsideItsRow_LookAlikeReadingThatFitsTaken()
    {
        // Row ১ ২ | ১২ ১১ ১০ ৯ ৮ | ৩ ৪ with the first projection read ৯৩: over 3x every other value; ১৩ (৯ for ১) fits.
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.2.1", i => i with
        {
            Projections = [new YearValue("2024-25", CellValue.Of(93), "৯৩"), i.Projections[1]],
        });

        var result = Validator().Process(doc);

        Assert.Equal(CellValue.Of(13), result.Get(Groups.Office, "1.2.1").Projections[0].Value);
        Assert.Contains(result.Issues, i => i.Code == IssueCodes.ValueMisreadRepaired && i.Message.Contains("৯৩", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_BanglaValueWithinItsRow_Untouched()
    {
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.2.1", i => i with
        {
            Projections = [new YearValue("2024-25", CellValue.Of(19), "১৯"), i.Projections[1]],
        });

        var result = Validator().Process(doc);

        Assert.Equal(CellValue.Of(19), result.Get(Groups.Office, "1.2.1").Projections[0].Value);
        Assert.DoesNotContain(result.Issues, i => i.Code == IssueCodes.ValueMisreadRepaired);
    }

    [Fact]
    public void Process_ActualWithoutRowSupport_NotReRead()
    {
        // An actual is only checked against the row's scale; the governance rows here have no other numbers.
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Governance, "1.1.1", i => i with
        {
            Actuals = [new YearValue("2021-22", CellValue.Null, "RR"), new YearValue("2022-23", CellValue.Null, "")],
        });

        var result = Validator().Process(doc);

        Assert.True(result.Get(Groups.Governance, "1.1.1").Actuals[0].Value.IsNull);
    }

    [Fact]
    public void Process_ActualOutsideRowScale_NotTaken()
    {
        // The row's other values are ২, ৩, ৪ and the ladder ৫..১: every reading of "RR" (২২, ২৭, ৭২, ৭৭) is over 3x its largest.
        var doc = Documents.Valid(TextSources.Ocr).Change(Groups.Office, "1.2.1", i => i with
        {
            Actuals = [new YearValue("2021-22", CellValue.Null, "RR"), i.Actuals[1]],
            Targets = i.Targets.Select((t, k) => t with { Value = CellValue.Of(5 - k), Raw = null }).ToList(),
        });

        var result = Validator().Process(doc);

        Assert.True(result.Get(Groups.Office, "1.2.1").Actuals[0].Value.IsNull);
        Assert.Contains(result.Issues, i => i.Code == IssueCodes.ValueUnparsed);
    }
}
