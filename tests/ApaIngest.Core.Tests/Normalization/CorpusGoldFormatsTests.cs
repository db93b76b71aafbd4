using ApaIngest.Core.Documents;
using ApaIngest.Core.Evaluation;
using ApaIngest.Core.Normalization;
using ApaIngest.Core.Tests.Evaluation;

namespace ApaIngest.Core.Tests.Normalization;

/// <summary>Every printed form in the corpus gold (cells, units, methods) normalises to the gold's value.</summary>
public class CorpusGoldFormatsTests
{
    private static IEnumerable<ApaDocument> Gold() =>
        CorpusGoldTests.GoldFileNames().Select(f => ApaDocumentJson.Load(Path.Combine(CorpusGoldTests.GoldDir, f)));

    [Fact]
    public void EveryGoldCell_RawParsesToGoldValue()
    {
        var wrong = new List<string>();
        var count = 0;
        foreach (var doc in Gold())
        {
            foreach (var ind in doc.Indicators)
            {
                var cells = ind.Actuals.Select(c => (c.Raw, c.Value)).Concat(ind.Targets.Select(c => (c.Raw, c.Value)))
                    .Concat(ind.Projections.Select(c => (c.Raw, c.Value)));
                foreach (var (raw, value) in cells)
                {
                    count++;
                    var parsed = ValueParser.Parse(raw, ind.Unit, ind.UnitScale);
                    if (!DocumentScorer.ValuesEqual(value, parsed))
                    {
                        wrong.Add($"{doc.Source.FileName} {ind.Code} [{ind.UnitRaw}] '{raw}': gold {value}, parsed {parsed}");
                    }
                }
            }
        }

        Assert.True(count > 0, "no gold cells");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(30)));
    }

    [Fact]
    public void EveryGoldUnitAndMethod_NormalisesToGold()
    {
        var wrong = new List<string>();
        foreach (var ind in Gold().SelectMany(d => d.Indicators))
        {
            var unit = UnitNormalizer.Normalize(ind.UnitRaw);
            if (unit.Unit != ind.Unit || unit.Scale != ind.UnitScale)
            {
                wrong.Add($"unit '{ind.UnitRaw}': gold {ind.Unit}×{ind.UnitScale}, got {unit.Unit}×{unit.Scale}");
            }

            if (CalculationNormalizer.Normalize(ind.CalculationRaw) != ind.Calculation)
            {
                wrong.Add($"method '{ind.CalculationRaw}': gold {ind.Calculation}, got {CalculationNormalizer.Normalize(ind.CalculationRaw)}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Distinct().Take(30)));
    }
}
