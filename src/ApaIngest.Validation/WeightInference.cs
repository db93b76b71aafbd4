using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;

namespace ApaIngest.Validation;

/// <summary>
/// Weights OCR did not read at all, filled in from the APA's own arithmetic where it leaves exactly one answer
/// (docs/apa-primer.md): a governance indicator from its template's split when the other four agree with that split;
/// an area from the sum of its indicators' weights; the one office area left from the office total of 70. A single
/// missing indicator weight within an area is left to <see cref="WeightRules"/> (area weight minus the others).
/// Only documents that may be repaired (OCR) are touched; every fill is reported as <c>weights.inferred</c>.
/// </summary>
internal static class WeightInference
{
    public static void Apply(ValidationContext ctx)
    {
        if (!ctx.MayRepairDocument)
        {
            return;
        }

        FillGovernanceFromSplit(ctx);
        FillAreasFromIndicators(ctx);
        FillLastOfficeArea(ctx);
    }

    private static void FillGovernanceFromSplit(ValidationContext ctx)
    {
        var gov = WeightRules.GovernanceIndicators(ctx);
        var missing = gov.Where(i => ctx.Indicators[i].Weight is null).ToList();
        if (missing.Count == 0 || missing.Count == gov.Count)
        {
            return;
        }

        var year = WeightRules.StartYear(ctx);
        if (year is null)
        {
            return;
        }

        var split = WeightRules.GovernanceSplits.First(s => year >= s.FromYear).Split;
        if (split.Length != gov.Count)
        {
            return;
        }

        var agrees = gov.Select((i, k) => ctx.Indicators[i].Weight is not { } w || Math.Abs(w - split[k]) <= ctx.Options.WeightTolerance).All(a => a);
        if (!agrees)
        {
            return;
        }

        for (var k = 0; k < gov.Count; k++)
        {
            var i = gov[k];
            if (ctx.Indicators[i].Weight is null)
            {
                ctx.Indicators[i] = ctx.Indicators[i] with { Weight = split[k] };
                ctx.Report(Severities.Info, IssueCodes.WeightsInferred,
                    $"{ValidationContext.Describe(ctx.Indicators[i])}: weight not read; {WeightRules.Fmt(split[k])} from the {FiscalYears.Format(year.Value)} governance split {string.Join("/", split.Select(WeightRules.Fmt))}, which the other governance weights follow",
                    ctx.PageOf(i), i);
            }
        }
    }

    private static void FillAreasFromIndicators(ValidationContext ctx)
    {
        for (var a = 0; a < ctx.Areas.Count; a++)
        {
            var area = ctx.Areas[a];
            var members = WeightRules.IndicatorsOf(ctx, area);
            if (area.Weight is not null || members.Count == 0 || members.Any(i => ctx.Indicators[i].Weight is null))
            {
                continue;
            }

            var sum = Math.Round(members.Sum(i => ctx.Indicators[i].Weight!.Value), 6);
            ctx.Areas[a] = area with { Weight = sum };
            ctx.Report(Severities.Info, IssueCodes.WeightsInferred,
                $"{ValidationContext.Describe(area)}: weight not read; {WeightRules.Fmt(sum)}, the sum of its indicators' weights",
                ctx.PageOfArea(area.Group, area.Code));
        }
    }

    private static void FillLastOfficeArea(ValidationContext ctx)
    {
        var office = Enumerable.Range(0, ctx.Areas.Count).Where(a => ctx.Areas[a].Group == Groups.Office).ToList();
        var missing = office.Where(a => ctx.Areas[a].Weight is null).ToList();
        if (missing.Count != 1 || office.Count < 2)
        {
            return;
        }

        var rest = WeightRules.OfficeTotal - office.Where(a => ctx.Areas[a].Weight is not null).Sum(a => ctx.Areas[a].Weight!.Value);
        if (rest <= ctx.Options.WeightTolerance)
        {
            return;
        }

        var area = ctx.Areas[missing[0]];
        ctx.Areas[missing[0]] = area with { Weight = Math.Round(rest, 6) };
        ctx.Report(Severities.Info, IssueCodes.WeightsInferred,
            $"{ValidationContext.Describe(area)}: weight not read; {WeightRules.Fmt(rest)} is what the other office areas leave of 70",
            ctx.PageOfArea(area.Group, area.Code));
    }
}
