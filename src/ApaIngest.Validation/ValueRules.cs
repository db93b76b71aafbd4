using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;

namespace ApaIngest.Validation;

/// <summary>
/// Cells: a null value whose raw text holds a value is parsed again, or reported (value.unparsed,
/// value.range); actual and projection columns must be the years around the agreement's (fiscal_year.columns).
/// </summary>
internal static class ValueRules
{
    public static void Apply(ValidationContext ctx)
    {
        for (var i = 0; i < ctx.Indicators.Count; i++)
        {
            var ind = ctx.Indicators[i];
            var actuals = ind.Actuals.Select(c => c with { Value = Reread(ctx, i, ind, $"actual {c.FiscalYear}", c.Value, c.Raw) }).ToList();
            var targets = ind.Targets.Select(c => c with { Value = Reread(ctx, i, ind, $"target {c.Level}", c.Value, c.Raw) }).ToList();
            var projections = ind.Projections.Select(c => c with { Value = Reread(ctx, i, ind, $"projection {c.FiscalYear}", c.Value, c.Raw) }).ToList();
            ctx.Indicators[i] = ind with { Actuals = actuals, Targets = targets, Projections = projections };
        }

        CheckYearColumns(ctx);
    }

    private static CellValue Reread(ValidationContext ctx, int index, Indicator ind, string cell, CellValue value, string? raw)
    {
        if (!value.IsNull || string.IsNullOrWhiteSpace(raw))
        {
            return value;
        }

        var parsed = ValueParser.Read(raw, ind.Unit, ind.UnitScale);
        switch (parsed.Outcome)
        {
            case CellOutcome.Empty:
                return value;
            case CellOutcome.Value:
                return parsed.Value; // the raw text holds a plain value the extractor did not normalise: no guess, no issue
            case CellOutcome.Range:
                ctx.Report(Severities.Warning, IssueCodes.ValueRange,
                    $"{ValidationContext.Describe(ind)} {cell}: '{raw}' is a range, left null", ctx.PageOf(index), index);
                return value;
            default:
                if (ctx.Document.Issues.Any(i => i.Message.Contains(raw, StringComparison.Ordinal) && i.Page == ctx.PageOf(index)))
                {
                    return value; // the extractor already reported this cell
                }

                ctx.Report(Severities.Warning, IssueCodes.ValueUnparsed,
                    $"{ValidationContext.Describe(ind)} {cell}: could not read a {ind.Unit} value in '{raw}'", ctx.PageOf(index), index);
                return value;
        }
    }

    /// <summary>Section 3 prints the actuals of the two years before the agreement's and the projections of the two after.</summary>
    private static void CheckYearColumns(ValidationContext ctx)
    {
        if (ctx.Document.Agreement.FiscalYear is not { } fy || FiscalYears.Parse(fy) is null)
        {
            return;
        }

        var expectedActuals = new HashSet<string> { FiscalYears.Offset(fy, -2), FiscalYears.Offset(fy, -1) };
        var expectedProjections = new HashSet<string> { FiscalYears.Offset(fy, 1), FiscalYears.Offset(fy, 2) };
        var odd = new SortedSet<string>(StringComparer.Ordinal);
        var firstPage = (int?)null;
        for (var i = 0; i < ctx.Indicators.Count; i++)
        {
            var ind = ctx.Indicators[i];
            foreach (var y in ind.Actuals.Select(a => a.FiscalYear).Where(y => y is not null && !expectedActuals.Contains(y)))
            {
                odd.Add($"actual {y}");
                firstPage ??= ctx.PageOf(i);
            }

            foreach (var y in ind.Projections.Select(a => a.FiscalYear).Where(y => y is not null && !expectedProjections.Contains(y)))
            {
                odd.Add($"projection {y}");
                firstPage ??= ctx.PageOf(i);
            }
        }

        if (odd.Count > 0)
        {
            ctx.Report(Severities.Warning, IssueCodes.FiscalYearColumns,
                $"agreement year {fy}, but section 3 has columns {string.Join(", ", odd)}", firstPage);
        }
    }
}
