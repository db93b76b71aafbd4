using ApaIngest.Core.Documents;
using ApaIngest.Core.Evaluation;

namespace ApaIngest.Core.Tests.Evaluation;

public class DocumentScorerTests
{
    [Fact]
    public void Score_GoldAgainstItself_Perfect()
    {
        var s = DocumentScorer.Score(SampleDocuments.Gold(), SampleDocuments.Gold());
        Assert.Equal(new Detection(3, 0, 0), s.Indicators);
        Assert.Equal(1.0, s.Indicators.F1);
        Assert.Equal(new Tally(SampleDocuments.CellCount, SampleDocuments.CellCount), s.Cells);
        Assert.All(s.Fields.Values, t => Assert.Equal(1.0, t.Rate));
    }

    [Fact]
    public void Score_NoPrediction_ZeroEverywhere()
    {
        var s = DocumentScorer.Score(SampleDocuments.Gold(), null);
        Assert.Equal(new Detection(0, 0, 3), s.Indicators);
        Assert.Equal(0.0, s.Indicators.F1);
        Assert.Equal(new Tally(0, SampleDocuments.CellCount), s.Cells);
        Assert.All(s.Fields.Values, t => Assert.Equal(0.0, t.Rate));
    }

    [Fact]
    public void Score_OneChangedCell_OnlyCellsDrop()
    {
        var pred = SampleDocuments.WithIndicator(SampleDocuments.Gold(), 0, i => i with
        {
            Targets = i.Targets.Select(t => t.Level == "good" ? t with { Value = CellValue.Of(8) } : t).ToList(),
        });
        var s = DocumentScorer.Score(SampleDocuments.Gold(), pred);
        Assert.Equal(new Tally(SampleDocuments.CellCount - 1, SampleDocuments.CellCount), s.Cells);
        Assert.Equal(new Tally(14, 15), s.Field(Fields.Targets));
        Assert.Equal(1.0, s.Indicators.F1);
        Assert.Equal(1.0, s.Field(Fields.Unit).Rate);
        Assert.Equal(1.0, s.Field(Fields.Name).Rate);
    }

    [Fact]
    public void Score_ChangedDateCell_CountsWrong()
    {
        var pred = SampleDocuments.WithIndicator(SampleDocuments.Gold(), 1, i => i with
        {
            Actuals = [i.Actuals[0], i.Actuals[1] with { Value = CellValue.Of("2023-06-03") }],
        });
        var s = DocumentScorer.Score(SampleDocuments.Gold(), pred);
        Assert.Equal(SampleDocuments.CellCount - 1, s.Cells.Score);
        Assert.Equal(5.0 / 6, s.Field(Fields.Actuals).Rate);
    }

    [Fact]
    public void Score_MissingIndicator_RecallAndCellsDrop()
    {
        var gold = SampleDocuments.Gold();
        var pred = gold with { Indicators = gold.Indicators.Where(i => i.Group != Groups.Governance).ToList() };
        var s = DocumentScorer.Score(gold, pred);
        Assert.Equal(new Detection(2, 0, 1), s.Indicators);
        Assert.Equal(1.0, s.Indicators.Precision);
        Assert.Equal(2.0 / 3, s.Indicators.Recall, 9);
        Assert.Equal(0.8, s.Indicators.F1, 9);
        Assert.Equal(new Tally(18, 27), s.Cells);
        Assert.Equal(new Tally(18, 18), s.CellsOfMatched);
        Assert.Equal(2.0 / 3, s.Field(Fields.Name).Rate!.Value, 9);
    }

    [Fact]
    public void Score_ExtraIndicator_PrecisionDrops()
    {
        var gold = SampleDocuments.Gold();
        var extra = gold.Indicators[0] with { Code = "1.1.2" };
        var s = DocumentScorer.Score(gold, gold with { Indicators = [.. gold.Indicators, extra] });
        Assert.Equal(new Detection(3, 1, 0), s.Indicators);
        Assert.Equal(0.75, s.Indicators.Precision, 9);
        Assert.Equal(1.0, s.Cells.Rate);
    }

    [Fact]
    public void Score_WrongUnit_OnlyUnitDrops()
    {
        var pred = SampleDocuments.WithIndicator(SampleDocuments.Gold(), 0, i => i with { Unit = Units.Percent });
        var s = DocumentScorer.Score(SampleDocuments.Gold(), pred);
        Assert.Equal(new Tally(2, 3), s.Field(Fields.Unit));
        Assert.Equal(1.0, s.Cells.Rate);
        Assert.Equal(1.0, s.Field(Fields.Calculation).Rate);
    }

    [Fact]
    public void Score_WrongUnitScale_UnitWrong()
    {
        var pred = SampleDocuments.WithIndicator(SampleDocuments.Gold(), 0, i => i with { UnitScale = 100000 });
        Assert.Equal(new Tally(2, 3), DocumentScorer.Score(SampleDocuments.Gold(), pred).Field(Fields.Unit));
    }

    [Fact]
    public void Score_MissingCell_CountsWrongEvenIfGoldNull()
    {
        // gold poor target of 1.1.1 is null; a prediction without that cell did not read it
        var pred = SampleDocuments.WithIndicator(SampleDocuments.Gold(), 0, i => i with { Targets = i.Targets.Take(4).ToList() });
        Assert.Equal(SampleDocuments.CellCount - 1, DocumentScorer.Score(SampleDocuments.Gold(), pred).Cells.Score);
    }

    [Fact]
    public void Score_NameOneLetterOff_CharAccuracyBelowOne()
    {
        // "পরিদর্শন সংখ্যা" is 15 UTF-16 units; one substituted letter
        var pred = SampleDocuments.WithIndicator(SampleDocuments.Gold(), 0, i => i with { Name = "পরিদর্শম সংখ্যা" });
        var name = DocumentScorer.Score(SampleDocuments.Gold(), pred).Field(Fields.Name);
        Assert.Equal(3 - (1.0 / 15), name.Score, 9);
    }

    [Fact]
    public void Score_GovernanceCodeOverlapsOffice_MatchedByGroupAndCode()
    {
        var gold = SampleDocuments.Gold();
        var pred = gold with { Indicators = gold.Indicators.Select(i => i with { Group = Groups.Office }).ToList() };
        var s = DocumentScorer.Score(gold, pred);
        // the governance 1.1.1 now claims group office: a duplicate key, so it is a false positive and gold governance is missed
        Assert.Equal(new Detection(2, 1, 1), s.Indicators);
    }

    [Fact]
    public void Score_AgreementAndAreaWeights_Scored()
    {
        var gold = SampleDocuments.Gold();
        var pred = gold with
        {
            Agreement = gold.Agreement with { FiscalYear = "2022-23", SignedOn = null },
            PerformanceAreas = [gold.PerformanceAreas[0] with { Weight = 60 }, gold.PerformanceAreas[1]],
        };
        var s = DocumentScorer.Score(gold, pred);
        Assert.Equal(0.0, s.Field(Fields.FiscalYear).Rate);
        Assert.Equal(0.0, s.Field(Fields.SignedOn).Rate);
        Assert.Equal(1.0, s.Field(Fields.SignatoryTitle).Rate);
        Assert.Equal(new Tally(1, 2), s.Field(Fields.AreaWeight));
    }

    [Theory]
    [InlineData(80.0, 80.00000000000001, true)]
    [InlineData(0.1 + 0.2, 0.3, true)]
    [InlineData(80.0, 80.001, false)]
    [InlineData(0.0, 0.0, true)]
    public void NumbersEqual_RelativeTolerance(double a, double b, bool equal)
    {
        Assert.Equal(equal, DocumentScorer.NumbersEqual(a, b));
    }

    [Fact]
    public void ValuesEqual_NumberVersusDateString_NotEqual()
    {
        Assert.False(DocumentScorer.ValuesEqual(CellValue.Of("2024-06-30"), CellValue.Of(2024)));
        Assert.True(DocumentScorer.ValuesEqual(CellValue.Null, CellValue.Null));
        Assert.False(DocumentScorer.ValuesEqual(CellValue.Null, CellValue.Of(0)));
    }
}
