using System.Globalization;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;
using ApaIngest.Core.Text;

namespace ApaIngest.Validation.Misreadings;

/// <summary>
/// Re-reads numeric cells that recognition visibly got wrong: text that is not a value (RR, co, ১২-১২-২০১a); in a
/// document written in Bangla digits, a cell holding Latin letters or ASCII digits (808 for ৪০৪); a value its row cannot
/// hold (৯০০ among values near ১০০, a percentage over 100). The cell's readings
/// under the learned confusion table (<see cref="CellReadings"/>) are checked against the document: the value must parse
/// in the indicator's unit, keep the target ladder monotone (a target), lie within a factor of the row's other values,
/// a percentage at most 100, a date near the agreement's year. The likeliest reading that passes is taken when it holds
/// most of the probability of the passing readings; the raw text is kept and the change is an info issue.
/// </summary>
internal static class MisreadCellRules
{
    /// <summary>A year's value more than this factor away from every other value in its row is not a plausible reading.</summary>
    private const double RowFactor = 3;

    public static void Apply(ValidationContext ctx)
    {
        if (ctx.Options.Confusions is not { } confusions || !ctx.MayRepairDocument)
        {
            return;
        }

        var banglaDigits = BanglaText.MostlyBanglaDigits(ctx.Indicators.SelectMany(i =>
            i.Actuals.Select(a => a.Raw).Concat(i.Targets.Select(t => t.Raw)).Concat(i.Projections.Select(p => p.Raw))));
        for (var i = 0; i < ctx.Indicators.Count; i++)
        {
            var ind = ctx.Indicators[i];
            var cells = Cells(ind);
            var suspicious = cells.Select((c, k) => CellText.Clean(c.Raw) is { Length: > 0 } raw && Suspicious(raw, ind, cells, k, banglaDigits)).ToList();
            if (!suspicious.Contains(true))
            {
                continue;
            }

            // Checks see the row without its suspicious cells: a misread neighbour (808 beside 8৪৯) must not decide.
            var trusted = cells.Select((c, k) => suspicious[k] ? c with { Value = CellValue.Null } : c).ToList();
            var repaired = cells.ToList();
            for (var k = 0; k < cells.Count; k++)
            {
                if (suspicious[k] && Reread(ctx, i, ind, cells[k], trusted, k, confusions) is { } value)
                {
                    repaired[k] = cells[k] with { Value = value };
                }
            }

            ctx.Indicators[i] = WithCells(ind, repaired);
        }
    }

    /// <summary>One value cell of a row: which column, its value and raw text.</summary>
    private sealed record Cell(string Kind, string Column, CellValue Value, string? Raw);

    private static List<Cell> Cells(Indicator ind) =>
    [
        .. ind.Actuals.Select(a => new Cell("actual", a.FiscalYear ?? "?", a.Value, a.Raw)),
        .. ind.Targets.Select(t => new Cell("target", t.Level, t.Value, t.Raw)),
        .. ind.Projections.Select(p => new Cell("projection", p.FiscalYear ?? "?", p.Value, p.Raw)),
    ];

    private static Indicator WithCells(Indicator ind, List<Cell> cells)
    {
        var a = ind.Actuals.Count;
        var t = ind.Targets.Count;
        return ind with
        {
            Actuals = ind.Actuals.Select((x, k) => x with { Value = cells[k].Value }).ToList(),
            Targets = ind.Targets.Select((x, k) => x with { Value = cells[a + k].Value }).ToList(),
            Projections = ind.Projections.Select((x, k) => x with { Value = cells[a + t + k].Value }).ToList(),
        };
    }

    private static CellValue? Reread(ValidationContext ctx, int index, Indicator ind, Cell cell, List<Cell> cells, int k, CellConfusions confusions)
    {
        var raw = CellText.Clean(cell.Raw);
        var passing = new Dictionary<CellValue, double>();
        foreach (var reading in CellReadings.Of(raw, confusions))
        {
            var parsed = ValueParser.Read(reading.Text, ind.Unit, ind.UnitScale);
            if (parsed.Outcome == CellOutcome.Value && Plausible(ctx, ind, cells, k, parsed.Value))
            {
                passing[parsed.Value] = passing.GetValueOrDefault(parsed.Value) + reading.Probability;
            }
        }

        if (passing.Count == 0)
        {
            return null;
        }

        var total = passing.Values.Sum();
        var best = passing.OrderByDescending(kv => kv.Value).First();
        if (best.Key == cell.Value || best.Value < ctx.Options.MisreadMinProbability || best.Value < ctx.Options.MisreadMinShare * total)
        {
            return null;
        }

        ctx.Report(Severities.Info, IssueCodes.ValueMisreadRepaired,
            $"{ValidationContext.Describe(ind)} {cell.Kind} {cell.Column}: raw '{cell.Raw}' read as {(cell.Value.IsNull ? "nothing" : cell.Value.ToString())} taken as {best.Key} " +
            $"(reading p={best.Value.ToString("0.00", CultureInfo.InvariantCulture)}, {(best.Value / total).ToString("0.00", CultureInfo.InvariantCulture)} of the readings that pass the row's checks)",
            ctx.PageOf(index), index);
        return best.Key;
    }

    /// <summary>
    /// Not a value of the unit; or, in a Bangla-digit document, Latin letters or ASCII digits where Bangla digits belong;
    /// or a value no row could hold: a percentage over 100, a number more than <see cref="RowFactor"/> away from every
    /// other value of its row (৯০০ among values around ১০০).
    /// </summary>
    private static bool Suspicious(string raw, Indicator ind, List<Cell> cells, int k, bool banglaDigits)
    {
        var parsed = ValueParser.Read(raw, ind.Unit, ind.UnitScale);
        return parsed.Outcome switch
        {
            CellOutcome.Unparsed => true,
            CellOutcome.Value => (banglaDigits && raw.Any(char.IsAsciiLetterOrDigit)) ||
                (ind.Unit == Units.Percent && parsed.Value.Number > 100) ||
                (parsed.Value.Number is not null && !WithinRow(cells, k, parsed.Value, required: false)),
            _ => false,
        };
    }

    private static bool Plausible(ValidationContext ctx, Indicator ind, List<Cell> cells, int k, CellValue value)
    {
        if (ind.Unit == Units.Percent && value.Number is < 0 or > 100)
        {
            return false;
        }

        // Counts and persons are whole (a জন (লক্ষ) cell ০.০২১৮৬ is 2,186 persons, not 2,186.6).
        if (ind.Unit is Units.Count or Units.Persons && value.Number is { } n && Math.Abs(n - Math.Round(n)) > 1e-6)
        {
            return false;
        }

        // A date column takes a date; in other units, a row of dates takes a date and a row of numbers a number.
        var others = cells.Where((c, j) => j != k && !c.Value.IsNull).ToList();
        var dateExpected = ind.Unit == Units.Date || (others.Count > 0 && others.Count(c => c.Value.Text is not null) * 2 > others.Count);
        if ((ind.Unit == Units.Date || others.Count > 0) && dateExpected != value.Text is not null)
        {
            return false;
        }

        if (value.Text is { } date)
        {
            return DateNearAgreement(ctx, date) && LadderHolds(ind, cells, k, value);
        }

        if (cells[k].Kind == "target" && cells.Where((c, j) => j != k && c.Kind == "target" && !c.Value.IsNull).Any())
        {
            return LadderHolds(ind, cells, k, value) && WithinRow(cells, k, value, required: false);
        }

        return WithinRow(cells, k, value, required: true);
    }

    private static bool LadderHolds(Indicator ind, List<Cell> cells, int k, CellValue value)
    {
        var ladder = cells.Select((c, j) => (c, j)).Where(x => x.c.Kind == "target")
            .OrderBy(x => LadderRules.IndexOfLevel(x.c.Column))
            .Select(x => x.j == k ? value : x.c.Value)
            .ToList();
        return LadderRules.IsAcceptable(ind, ladder);
    }

    /// <summary>
    /// Within <see cref="RowFactor"/> of the row's other numbers (an APA row moves by percent, not by orders of
    /// magnitude, from year to year and along the ladder). With <paramref name="required"/>, a row with fewer than two
    /// other numbers gives no support and the reading is not taken.
    /// </summary>
    private static bool WithinRow(List<Cell> cells, int k, CellValue value, bool required)
    {
        if (value.Number is not { } x)
        {
            return !required;
        }

        var others = cells.Where((c, j) => j != k && c.Value.Number is not null).Select(c => c.Value.Number!.Value).ToList();
        if (others.Count < 2)
        {
            return !required;
        }

        var low = others.Min();
        var high = others.Max();
        return x >= low / RowFactor && x <= high * RowFactor;
    }

    private static bool DateNearAgreement(ValidationContext ctx, string isoDate) =>
        WeightRules.StartYear(ctx) is { } start &&
        int.TryParse(isoDate.AsSpan(0, Math.Min(4, isoDate.Length)), NumberStyles.None, CultureInfo.InvariantCulture, out var year) &&
        year >= start - 3 && year <= start + 4;
}
