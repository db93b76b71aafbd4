using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;

namespace ApaIngest.Validation.Misreadings;

/// <summary>
/// Training pairs for <see cref="CellConfusions"/>: the recognised and the true text of every value cell (actuals, target
/// ladder, projections) that a predicted document and its gold share, matched by indicator and column. Cells read right
/// count too: they give the probability that a character means itself.
/// </summary>
public static class MisreadingPairs
{
    public static IEnumerable<(string Read, string Truth)> From(ApaDocument gold, ApaDocument predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var byKey = predicted.Indicators
            .GroupBy(i => (i.Group, i.Code))
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var truth in gold.Indicators)
        {
            if (!byKey.TryGetValue((truth.Group, truth.Code), out var read))
            {
                continue;
            }

            foreach (var pair in Cells(truth, read))
            {
                yield return pair;
            }
        }
    }

    private static IEnumerable<(string Read, string Truth)> Cells(Indicator truth, Indicator read)
    {
        var raws = new List<(string?, string?)>();
        raws.AddRange(truth.Actuals.Select(a => (a.Raw, read.Actuals.FirstOrDefault(r => r.FiscalYear == a.FiscalYear)?.Raw)));
        raws.AddRange(truth.Targets.Select(t => (t.Raw, read.Targets.FirstOrDefault(r => r.Level == t.Level)?.Raw)));
        raws.AddRange(truth.Projections.Select(p => (p.Raw, read.Projections.FirstOrDefault(r => r.FiscalYear == p.FiscalYear)?.Raw)));
        foreach (var (t, r) in raws)
        {
            var trueText = CellText.Clean(t);
            var readText = CellText.Clean(r);
            if (readText.Length > 0 && trueText.Any(char.IsDigit))
            {
                yield return (readText, trueText);
            }
        }
    }
}
