using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;

namespace ApaIngest.Core.Evaluation;

/// <summary>Scores a predicted document against its gold document (pure; see <see cref="Score"/> for the denominators).</summary>
public static class DocumentScorer
{
    private const double RelativeTolerance = 1e-9;

    /// <summary>Scores <paramref name="pred"/> (null: missing or unreadable, scores zero) against <paramref name="gold"/>.</summary>
    public static Score Score(ApaDocument gold, ApaDocument? pred)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var fields = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        void Add(string field, Tally t) => fields[field] = fields.TryGetValue(field, out var old) ? old + t : t;

        var predIndicators = new Dictionary<(string, string), Indicator>();
        var falsePositives = 0;
        foreach (var p in pred?.Indicators ?? [])
        {
            if (!predIndicators.TryAdd((p.Group, p.Code), p))
            {
                falsePositives++; // a second row with the same key is an extra row
            }
        }

        var truePositives = 0;
        var falseNegatives = 0;
        var cellsOfMatched = Tally.Empty;
        foreach (var g in gold.Indicators)
        {
            predIndicators.TryGetValue((g.Group, g.Code), out var p);
            if (p is null)
            {
                falseNegatives++;
            }
            else
            {
                truePositives++;
                predIndicators.Remove((g.Group, g.Code));
            }

            Add(Fields.Name, Tally.Partial(p is null ? 0 : TextSimilarity(g.Name, p.Name)));
            Add(Fields.Activity, Tally.Partial(p is null ? 0 : TextSimilarity(g.Activity, p.Activity)));
            Add(Fields.Unit, Tally.Hit(p is not null && p.Unit == g.Unit && NumbersEqual(p.UnitScale, g.UnitScale)));
            Add(Fields.Calculation, Tally.Hit(p is not null && p.Calculation == g.Calculation));
            Add(Fields.Weight, Tally.Hit(p is not null && NumbersEqual(p.Weight, g.Weight)));

            var unitField = Fields.CellsByUnitPrefix + g.Unit;
            foreach (var (field, cell) in CellsOf(g, p))
            {
                Add(field, cell);
                Add(unitField, cell);
                if (p is not null)
                {
                    cellsOfMatched += cell;
                }
            }
        }

        falsePositives += predIndicators.Count;

        ScoreAgreement(gold.Agreement, pred?.Agreement, Add);
        ScoreAreas(gold.PerformanceAreas, pred?.PerformanceAreas ?? [], Add);

        return new Score
        {
            Indicators = new Detection(truePositives, falsePositives, falseNegatives),
            Fields = fields,
            CellsOfMatched = cellsOfMatched,
        };
    }

    /// <summary>Every gold cell of the indicator, scored exact against the prediction's cell with the same key (a missing cell is wrong).</summary>
    private static IEnumerable<(string Field, Tally Cell)> CellsOf(Indicator gold, Indicator? pred)
    {
        foreach (var a in gold.Actuals)
        {
            var match = pred?.Actuals.FirstOrDefault(x => x.FiscalYear == a.FiscalYear);
            yield return (Fields.Actuals, Tally.Hit(match is not null && ValuesEqual(a.Value, match.Value)));
        }

        foreach (var t in gold.Targets)
        {
            var match = pred?.Targets.FirstOrDefault(x => x.Level == t.Level);
            yield return (Fields.Targets, Tally.Hit(match is not null && ValuesEqual(t.Value, match.Value)));
        }

        foreach (var pr in gold.Projections)
        {
            var match = pred?.Projections.FirstOrDefault(x => x.FiscalYear == pr.FiscalYear);
            yield return (Fields.Projections, Tally.Hit(match is not null && ValuesEqual(pr.Value, match.Value)));
        }
    }

    private static void ScoreAgreement(AgreementInfo gold, AgreementInfo? pred, Action<string, Tally> add)
    {
        add(Fields.FiscalYear, Tally.Hit(pred is not null && pred.FiscalYear == gold.FiscalYear));
        add(Fields.SignedOn, Tally.Hit(pred is not null && pred.SignedOn == gold.SignedOn));
        add(Fields.SignatoryTitle, Tally.Partial(pred is null ? 0 : TextSimilarity(gold.Signatory.Title, pred.Signatory?.Title)));
        add(Fields.SignatoryOffice, Tally.Partial(pred is null ? 0 : TextSimilarity(gold.Signatory.Office, pred.Signatory?.Office)));
        add(Fields.SupervisorTitle, Tally.Partial(pred is null ? 0 : TextSimilarity(gold.Supervisor.Title, pred.Supervisor?.Title)));
        add(Fields.SupervisorOffice, Tally.Partial(pred is null ? 0 : TextSimilarity(gold.Supervisor.Office, pred.Supervisor?.Office)));
    }

    private static void ScoreAreas(IReadOnlyList<PerformanceArea> gold, IReadOnlyList<PerformanceArea> pred, Action<string, Tally> add)
    {
        foreach (var g in gold)
        {
            var p = pred.FirstOrDefault(x => x.Group == g.Group && x.Code == g.Code);
            add(Fields.AreaWeight, Tally.Hit(p is not null && NumbersEqual(p.Weight, g.Weight)));
            add(Fields.AreaName, Tally.Partial(p is null ? 0 : TextSimilarity(g.Name, p.Name)));
        }
    }

    /// <summary>1 - Levenshtein / longer length over NFC, single-spaced text; null and empty are the same.</summary>
    public static double TextSimilarity(string? gold, string? pred) =>
        EditDistance.Similarity(CellText.Clean(gold), CellText.Clean(pred));

    /// <summary>Numbers equal within 1e-9 relative; dates and other text equal as strings; null equals null only.</summary>
    public static bool ValuesEqual(CellValue gold, CellValue pred)
    {
        if (gold.IsNull || pred.IsNull)
        {
            return gold.IsNull && pred.IsNull;
        }

        if (gold.Number is { } g)
        {
            return pred.Number is { } p && NumbersEqual(g, p);
        }

        return pred.Text is not null && string.Equals(gold.Text, pred.Text, StringComparison.Ordinal);
    }

    public static bool NumbersEqual(double? a, double? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        var x = a.Value;
        var y = b.Value;
        return x == y || Math.Abs(x - y) <= RelativeTolerance * Math.Max(Math.Abs(x), Math.Abs(y));
    }
}
