using System.Globalization;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;

namespace ApaIngest.Validation;

/// <summary>
/// The weights' arithmetic (APA guideline, see docs/apa-primer.md): office areas weigh 70, governance 30, total 100;
/// indicator weights add up to their area's weight; the governance split is 10/10/4/3/3 in 2020s templates.
/// A misread digit is corrected only when exactly one look-alike reading makes the sum hold.
/// </summary>
internal static class WeightRules
{
    public const double OfficeTotal = 70;
    public const double GovernanceTotal = 30;

    /// <summary>Governance splits by the first year they apply (integrity, e-gov/innovation, grievance, charter, RTI).</summary>
    public static readonly IReadOnlyList<(int FromYear, double[] Split)> GovernanceSplits =
    [
        (2020, [10, 10, 4, 3, 3]),
        (2019, [10, 8, 4, 4, 4]),
        (0, [8, 8, 5, 5, 4]),
    ];

    public static void Apply(ValidationContext ctx)
    {
        if (ctx.Indicators.Count == 0)
        {
            ctx.Report(Severities.Error, IssueCodes.IndicatorsMissing, "no indicators found in section 3");
        }

        if (ctx.Areas.Count == 0)
        {
            if (ctx.Indicators.Count > 0)
            {
                ctx.Report(Severities.Warning, IssueCodes.AreasMissing, "no performance areas with weights found");
            }

            return;
        }

        WeightInference.Apply(ctx);
        RepairOfficeAreaWeights(ctx);
        foreach (var area in ctx.Areas.ToList())
        {
            CheckArea(ctx, area);
        }

        CheckTotals(ctx);
        CheckGovernanceSplit(ctx);
    }

    /// <summary>The governance indicators' indexes in code order (1.1.1 … 1.5.1: the order of the split).</summary>
    internal static List<int> GovernanceIndicators(ValidationContext ctx) =>
        Enumerable.Range(0, ctx.Indicators.Count).Where(i => ctx.Indicators[i].Group == Groups.Governance)
            .OrderBy(i => ctx.Indicators[i].Code, CodeComparer.Instance).ToList();

    /// <summary>The first calendar year of the agreement's fiscal year, or null when it was not read.</summary>
    internal static int? StartYear(ValidationContext ctx) =>
        ctx.Document.Agreement.FiscalYear is { } fy && FiscalYears.Parse(fy) is not null ? FiscalYears.StartYear(fy) : null;

    internal static List<int> IndicatorsOf(ValidationContext ctx, PerformanceArea area) =>
        Enumerable.Range(0, ctx.Indicators.Count)
            .Where(i => ctx.Indicators[i].Group == area.Group && ctx.Indicators[i].AreaCode == area.Code).ToList();

    private static bool Same(ValidationContext ctx, double a, double b) => Math.Abs(a - b) <= ctx.Options.WeightTolerance;

    /// <summary>Office areas should weigh 70: a look-alike reading of one area's weight that gives 70 and matches its indicators.</summary>
    private static void RepairOfficeAreaWeights(ValidationContext ctx)
    {
        var office = ctx.Areas.Where(a => a.Group == Groups.Office).ToList();
        if (!ctx.MayRepairDocument || office.Count == 0 || office.Any(a => a.Weight is null))
        {
            return;
        }

        var total = office.Sum(a => a.Weight!.Value);
        if (Same(ctx, total, OfficeTotal))
        {
            return;
        }

        var candidates = new List<(PerformanceArea Area, double Weight)>();
        foreach (var area in office)
        {
            var members = IndicatorsOf(ctx, area);
            var indicatorSum = members.All(i => ctx.Indicators[i].Weight is not null) && members.Count > 0
                ? members.Sum(i => ctx.Indicators[i].Weight!.Value)
                : (double?)null;
            foreach (var alt in Readings(area.Weight!.Value))
            {
                if (Same(ctx, total - area.Weight!.Value + alt, OfficeTotal) && (indicatorSum is null || Same(ctx, indicatorSum.Value, alt)))
                {
                    candidates.Add((area, alt));
                }
            }
        }

        if (candidates.Count == 1)
        {
            var (area, weight) = candidates[0];
            var index = ctx.Areas.IndexOf(area);
            ctx.Areas[index] = area with { Weight = weight };
            ctx.Report(Severities.Info, IssueCodes.WeightsRepaired,
                $"{ValidationContext.Describe(area)}: weight read as {Bangla(area.Weight!.Value)} taken as {Fmt(weight)}, the only look-alike reading that makes the office areas weigh 70",
                ctx.PageOfArea(area.Group, area.Code));
        }
    }

    private static void CheckArea(ValidationContext ctx, PerformanceArea area)
    {
        var members = IndicatorsOf(ctx, area);
        var page = ctx.PageOfArea(area.Group, area.Code);
        if (members.Count == 0)
        {
            return;
        }

        if (area.Weight is not { } areaWeight)
        {
            ctx.Report(Severities.Warning, IssueCodes.WeightsMissing, $"{ValidationContext.Describe(area)}: no weight read", page);
            return;
        }

        var missing = members.Where(i => ctx.Indicators[i].Weight is null).ToList();
        var known = members.Where(i => ctx.Indicators[i].Weight is not null).Sum(i => ctx.Indicators[i].Weight!.Value);
        if (missing.Count == 1 && ctx.MayRepair(missing[0]) && areaWeight - known > ctx.Options.WeightTolerance)
        {
            var i = missing[0];
            var inferred = Math.Round(areaWeight - known, 6);
            ctx.Indicators[i] = ctx.Indicators[i] with { Weight = inferred };
            ctx.Report(Severities.Info, IssueCodes.WeightsInferred,
                $"{ValidationContext.Describe(ctx.Indicators[i])}: weight not read; {Fmt(inferred)} is what {ValidationContext.Describe(area)} ({Fmt(areaWeight)}) leaves",
                ctx.PageOf(i), i);
            return;
        }

        if (missing.Count > 0)
        {
            foreach (var i in missing)
            {
                ctx.Report(Severities.Warning, IssueCodes.WeightsMissing,
                    $"{ValidationContext.Describe(ctx.Indicators[i])} in {ValidationContext.Describe(area)}: no weight read", ctx.PageOf(i), i);
            }

            return;
        }

        if (Same(ctx, known, areaWeight))
        {
            return;
        }

        if (TryRepairIndicatorWeight(ctx, area, members, known, areaWeight))
        {
            return;
        }

        const string code = IssueCodes.WeightsAreaSum;
        ctx.Report(Severities.Warning, code,
            $"{ValidationContext.Describe(area)}: indicator weights add up to {Fmt(known)}, the area weighs {Fmt(areaWeight)}", page);
        foreach (var i in members)
        {
            ctx.IndicatorIssues.TryAdd(i, []);
            ctx.IndicatorIssues[i].Add(new DocumentIssue(Severities.Warning, code, string.Empty, null));
        }
    }

    private static bool TryRepairIndicatorWeight(ValidationContext ctx, PerformanceArea area, List<int> members, double sum, double areaWeight)
    {
        var candidates = new List<(int Index, double Weight)>();
        foreach (var i in members.Where(ctx.MayRepair))
        {
            var w = ctx.Indicators[i].Weight!.Value;
            candidates.AddRange(Readings(w).Where(alt => Same(ctx, sum - w + alt, areaWeight)).Select(alt => (i, alt)));
        }

        if (candidates.Count > 1 && area.Group == Groups.Governance)
        {
            // The template's split decides between readings that all add up.
            candidates = candidates.Where(c => MatchesKnownSplit(ctx, members, c.Index, c.Weight)).ToList();
        }

        if (candidates.Count != 1)
        {
            return false;
        }

        var (index, weight) = candidates[0];
        var old = ctx.Indicators[index].Weight!.Value;
        ctx.Indicators[index] = ctx.Indicators[index] with { Weight = weight };
        ctx.Report(Severities.Info, IssueCodes.WeightsRepaired,
            $"{ValidationContext.Describe(ctx.Indicators[index])}: weight read as {Bangla(old)} taken as {Fmt(weight)}, the only look-alike reading that makes {ValidationContext.Describe(area)} add up to {Fmt(areaWeight)}",
            ctx.PageOf(index), index);
        return true;
    }

    private static bool MatchesKnownSplit(ValidationContext ctx, List<int> members, int changed, double weight)
    {
        var split = members.OrderBy(i => ctx.Indicators[i].Code, CodeComparer.Instance)
            .Select(i => i == changed ? weight : ctx.Indicators[i].Weight!.Value).ToArray();
        return GovernanceSplits.Any(s => s.Split.Length == split.Length && s.Split.Zip(split).All(p => Same(ctx, p.First, p.Second)));
    }

    private static void CheckTotals(ValidationContext ctx)
    {
        var office = ctx.Areas.Where(a => a.Group == Groups.Office).ToList();
        var governance = ctx.Areas.Where(a => a.Group == Groups.Governance).ToList();
        if (ctx.Areas.Any(a => a.Weight is null))
        {
            foreach (var a in ctx.Areas.Where(a => a.Weight is null && IndicatorsOf(ctx, a).Count == 0))
            {
                ctx.Report(Severities.Warning, IssueCodes.WeightsMissing, $"{ValidationContext.Describe(a)}: no weight read");
            }

            return;
        }

        var officeSum = office.Sum(a => a.Weight!.Value);
        var governanceSum = governance.Sum(a => a.Weight!.Value);
        if (office.Count > 0 && !Same(ctx, officeSum, OfficeTotal))
        {
            ctx.Report(Severities.Warning, IssueCodes.WeightsOfficeTotal,
                $"office areas weigh {Fmt(officeSum)} together ({string.Join(" + ", office.Select(a => $"{a.Code}: {Fmt(a.Weight!.Value)}"))}), not 70",
                ctx.PageOfArea(Groups.Office, office[0].Code));
        }

        if (governance.Count > 0 && !Same(ctx, governanceSum, GovernanceTotal))
        {
            ctx.Report(Severities.Warning, IssueCodes.WeightsGovernanceTotal,
                $"the governance area weighs {Fmt(governanceSum)}, not 30", ctx.PageOfArea(Groups.Governance, governance[0].Code));
        }

        if (office.Count > 0 && governance.Count > 0 && !Same(ctx, officeSum + governanceSum, 100))
        {
            ctx.Report(Severities.Warning, IssueCodes.WeightsTotal, $"areas weigh {Fmt(officeSum + governanceSum)} in all, not 100");
        }
    }

    /// <summary>
    /// 10/10/4/3/3 since the 2020-21 template; older agreements used other splits (2019-20: 10/8/4/4/4, before: 8/8/5/5/4 in
    /// the corpus), which are tolerated for their years and reported as info when unknown.
    /// </summary>
    private static void CheckGovernanceSplit(ValidationContext ctx)
    {
        var gov = GovernanceIndicators(ctx);
        if (gov.Count == 0 || gov.Any(i => ctx.Indicators[i].Weight is null))
        {
            return;
        }

        var split = gov.Select(i => ctx.Indicators[i].Weight!.Value).ToArray();
        if (!Same(ctx, split.Sum(), GovernanceTotal))
        {
            return; // already reported by the area sum
        }

        var year = StartYear(ctx);
        var expected = GovernanceSplits.First(s => year is null || year >= s.FromYear).Split;
        if (expected.Length == split.Length && expected.Zip(split).All(p => Same(ctx, p.First, p.Second)))
        {
            return;
        }

        var known = GovernanceSplits.Any(s => s.Split.Length == split.Length && s.Split.Zip(split).All(p => Same(ctx, p.First, p.Second)));
        var severity = year is null or >= 2020 && !known ? Severities.Warning : Severities.Info;
        ctx.Report(severity, IssueCodes.WeightsGovernanceSplit,
            $"governance indicators weigh {string.Join("/", split.Select(Fmt))}; the {(year is null ? "current" : FiscalYears.Format(year.Value))} template splits {string.Join("/", expected.Select(Fmt))}",
            ctx.PageOf(gov[0]));
    }

    /// <summary>The look-alike readings of a weight as printed.</summary>
    internal static IEnumerable<double> Readings(double weight)
    {
        var printed = Fmt(weight);
        foreach (var alt in DigitAmbiguity.Alternatives(printed))
        {
            if (double.TryParse(alt, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v > 0)
            {
                yield return v;
            }
        }
    }

    internal static string Fmt(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Bangla(double v) => Core.Text.BanglaText.ToBanglaDigits(Fmt(v));
}
