using System.Text.RegularExpressions;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Text;
using ApaIngest.CorpusGen.Vocabulary;

namespace ApaIngest.CorpusGen.Model;

/// <summary>
/// Builds agreement number <c>index</c> of the corpus from the master seed: content first (gold), layout later.
/// Only System.Random with a fixed seed per agreement: the same (seed, index) always gives the same agreement.
/// </summary>
public sealed partial class AgreementBuilder(Geo geo, int masterSeed)
{
    /// <summary>Fiscal years cycle so that every sample of six covers old and new templates.</summary>
    private static readonly int[] FiscalYears = [2023, 2018, 2024, 2021, 2016, 2025, 2019, 2022, 2017, 2020];

    public Agreement Build(int index)
    {
        var rng = new Random(unchecked(masterSeed * 7919 + index * 104_729));
        var kinds = OfficeKinds.Every;
        var kind = kinds[(index - 1) % kinds.Count];
        var fy = FiscalYears[(index - 1) % FiscalYears.Length];
        if (kind.Level == OfficeLevel.Upazila && fy < 2017)
        {
            fy = 2017; // upazila offices sign APAs since 2017-18 (docs/apa-primer.md)
        }

        var district = geo.Districts[rng.Next(geo.Districts.Count)];
        var upazilas = geo.Upazilas.Where(u => u.DistrictId == district.Id).ToList();
        var upazila = upazilas[rng.Next(upazilas.Count)];
        var division = geo.DivisionsBn[district.DivisionId];
        string Fill(string s) => N(s.Replace("{u}", upazila.NameBn).Replace("{d}", district.NameBn).Replace("{v}", division));

        var old = fy <= 2018;
        var style = new AgreementStyle
        {
            Font = AgreementStyle.Fonts[(index - 1) % AgreementStyle.Fonts.Length],
            BracketCodes = rng.NextDouble() < 0.7,
            DateFormat = BanglaFormat.DateFormats[rng.Next(BanglaFormat.DateFormats.Length)],
            PercentSuffix = rng.NextDouble() < 0.3,
            GroupDigits = rng.NextDouble() < 0.5,
            LongFiscalYears = rng.NextDouble() < 0.5,
            OldTemplate = old,
            HasCalculationColumn = !old,
            TargetLevels = fy <= 2017 ? 4 : 5,
            GovernanceAreaName = old ? Governance.OldAreaName : Governance.AreaNames[rng.Next(Governance.AreaNames.Length)],
            TableFontPt = 8,
        };

        var placeEn = kind.Level == OfficeLevel.Upazila ? upazila.NameEn : district.NameEn;
        var name = $"c{index:D2}-{kind.Short}-{Slug(placeEn)}-{BanglaFormat.FiscalYear(fy)}";

        var (areas, indicators) = BuildIndicators(rng, kind, style, fy);
        var signedOn = new DateOnly(fy, 6, rng.Next(8, 26));
        var signatoryOffice = Fill(kind.SignatoryOffice);
        var supervisorOffice = Fill(kind.SupervisorOffice);

        var gold = new ApaDocument
        {
            Source = new SourceInfo(name + ".pdf", new string('0', 64), 0, TextSources.TextLayer),
            Agreement = new AgreementInfo
            {
                FiscalYear = BanglaFormat.FiscalYear(fy),
                Signatory = new Party(N(kind.SignatoryTitle), signatoryOffice),
                Supervisor = new Party(N(kind.SupervisorTitle), supervisorOffice),
                SignedOn = BanglaFormat.Iso(signedOn),
                Vision = N(kind.Vision),
                Mission = N(kind.Mission),
            },
            PerformanceAreas = areas,
            Indicators = indicators,
            Outcomes = BuildOutcomes(rng, kind, style, fy, supervisorOffice),
            PlanItems = old ? [] : BuildPlanItems(rng, style, fy),
            Issues = [],
        };

        return new Agreement
        {
            Name = name,
            Index = index,
            Kind = kind,
            FiscalYearStart = fy,
            Style = style,
            Gold = gold,
            SignatoryLines = CoverLines(rng, N(kind.SignatoryTitle), signatoryOffice),
            SupervisorLines = CoverLines(rng, N(kind.SupervisorTitle), supervisorOffice),
            SignedOn = signedOn,
            Functions = kind.Functions.Select(N).ToList(),
            Acronyms = kind.Acronyms.Select(a => (N(a.Acronym), N(a.Meaning))).ToList(),
            Evidence = N(kind.Evidence),
            ImplementingUnit = N($"{kind.SignatoryTitle}, {signatoryOffice}"),
            Achievements = kind.Functions.Take(2).Select(f => N(f.TrimEnd('।') + " কার্যক্রম সফলভাবে সম্পন্ন হয়েছে।")).ToList(),
        };
    }

    public static string N(string s) => BanglaText.Normalize(Spaces().Replace(s.Trim(), " "));

    private static string Slug(string s) => NonSlug().Replace(s.ToLowerInvariant().Replace(' ', '-'), "");

    /// <summary>The cover prints the post on its own line and the office either on one line or broken at its commas.</summary>
    private static List<string> CoverLines(Random rng, string title, string office) =>
        rng.NextDouble() < 0.5 ? [title, office] : [title, .. office.Split(", ")];

    private (List<PerformanceArea>, List<Indicator>) BuildIndicators(Random rng, OfficeKind kind, AgreementStyle style, int fy)
    {
        // Pick activities: all of them, but keep section 3 compact (at most ~14 office indicators).
        var picked = kind.Areas.Take(4).Select(a => a.Activities.ToList()).ToList();
        while (picked.Sum(p => p.Sum(a => a.Indicators.Count)) > 14)
        {
            var biggest = picked.OrderByDescending(p => p.Count).First();
            biggest.RemoveAt(rng.Next(1, biggest.Count));
        }

        var counts = picked.Select(p => p.Sum(a => a.Indicators.Count)).ToArray();
        var areaWeights = Split(rng, 70, counts.Select(c => (double)c).ToArray(), counts);
        var areas = new List<PerformanceArea>();
        var indicators = new List<Indicator>();
        for (var ai = 0; ai < picked.Count; ai++)
        {
            var areaCode = (ai + 1).ToString();
            areas.Add(new PerformanceArea(Groups.Office, areaCode, N(kind.Areas[ai].Name), areaWeights[ai]));
            var templates = picked[ai].SelectMany(a => a.Indicators).ToList();
            var weights = Split(rng, areaWeights[ai], templates.Select(_ => 1.0 + rng.NextDouble()).ToArray(), templates.Select(_ => 1).ToArray());
            var wi = 0;
            for (var ti = 0; ti < picked[ai].Count; ti++)
            {
                var activity = picked[ai][ti];
                var activityCode = $"{areaCode}.{ti + 1}";
                for (var ii = 0; ii < activity.Indicators.Count; ii++)
                {
                    var t = activity.Indicators[ii];
                    var wording = t.Wordings[rng.Next(t.Wordings.Count)];
                    indicators.Add(OfficeIndicator(rng, style, fy, t, wording, areaCode, activityCode, N(activity.Text), $"{activityCode}.{ii + 1}", weights[wi++]));
                }
            }
        }

        var govWeights = Governance.WeightsFor(fy);
        areas.Add(new PerformanceArea(Groups.Governance, "1", N(style.GovernanceAreaName), 30));
        for (var gi = 0; gi < Governance.All.Count; gi++)
        {
            var t = Governance.All[gi];
            var wording = N(t.Wordings[rng.Next(t.Wordings.Count)]);
            var cells = style.TargetLevels;
            indicators.Add(new Indicator
            {
                Group = Groups.Governance,
                AreaCode = "1",
                ActivityCode = $"1.{gi + 1}",
                Activity = N(Governance.ActivityFor(wording)),
                Code = $"1.{gi + 1}.1",
                Name = wording,
                Calculation = style.HasCalculationColumn ? UnitTable.Calculation(t.CalculationRaw) : null,
                CalculationRaw = style.HasCalculationColumn ? N(t.CalculationRaw) : null,
                Unit = Units.Score,
                UnitRaw = N(t.UnitRaw),
                UnitScale = 1,
                Weight = govWeights[gi],
                Actuals = PreviousYears(fy).Select(y => new YearValue(y, CellValue.Null, "")).ToList(),
                Targets = TargetLevels.All.Take(cells).Select(l => new TargetValue(l, CellValue.Null, "")).ToList(),
                Projections = NextYears(fy).Select(y => new YearValue(y, CellValue.Null, "")).ToList(),
                CanonicalId = t.Id,
                Confidence = 1,
            });
        }

        return (areas, indicators);
    }

    private static Indicator OfficeIndicator(Random rng, AgreementStyle style, int fy, IndicatorTemplate t, string wording,
        string areaCode, string activityCode, string activity, string code, double weight)
    {
        var (unit, scale) = UnitTable.Unit(t.UnitRaw);
        var cells = new CellMaker(style, t.UnitRaw);
        var factors = new[] { 1.0, 0.9, 0.8, 0.7, 0.6 }.Take(style.TargetLevels).ToArray();
        List<(CellValue, string)> targets;
        List<(CellValue, string)> actuals;
        List<(CellValue, string)> projections;

        if (unit == Units.Date)
        {
            var (month, day) = ((int)t.Min, (int)t.Max);
            DateOnly On(int fyStart) => new(month >= 7 ? fyStart : fyStart + 1, month, day);
            var repeat = rng.NextDouble() < 0.6;
            targets = factors.Select((_, k) => cells.Date(On(fy).AddDays(repeat ? 0 : 7 * k))).ToList();
            actuals = [cells.Date(On(fy - 2)), cells.Date(On(fy - 1))];
            projections = [cells.Date(On(fy + 1)), cells.Date(On(fy + 2))];
        }
        else
        {
            var target = t.Min + rng.NextDouble() * (t.Max - t.Min);
            target = unit == Units.Percent ? Math.Min(100, Math.Round(target)) : Math.Max(1, target);
            var (tv, _) = cells.Quantity(target);
            target = tv.Number!.Value;
            if (unit == Units.Percent)
            {
                var step = rng.NextDouble() < 0.5 ? 5 : 10;
                targets = factors.Select((_, k) => cells.Quantity(target - step * k)).ToList();
            }
            else if (target <= 4 && unit is Units.Count or Units.Persons)
            {
                targets = factors.Select((_, k) => target - k >= 1 ? cells.Quantity(target - k) : CellMaker.DashCell).ToList();
            }
            else
            {
                targets = factors.Select(f => cells.Quantity(target * f)).ToList();
            }

            double Near(double lo, double hi) => unit == Units.Percent ? Math.Min(100, target * (lo + rng.NextDouble() * (hi - lo))) : target * (lo + rng.NextDouble() * (hi - lo));
            actuals = [cells.Quantity(Near(0.7, 1.05)), cells.Quantity(Near(0.8, 1.05))];
            projections = [cells.Quantity(Near(1.0, 1.08)), cells.Quantity(Near(1.05, 1.15))];
        }

        var roll = rng.NextDouble();
        if (roll < 0.08)
        {
            actuals = [CellMaker.DashCell, CellMaker.DashCell]; // a new indicator: no history
        }
        else if (roll < 0.13)
        {
            actuals = [CellMaker.Empty, CellMaker.Empty];
        }

        return new Indicator
        {
            Group = Groups.Office,
            AreaCode = areaCode,
            ActivityCode = activityCode,
            Activity = activity,
            Code = code,
            Name = N(wording),
            Calculation = style.HasCalculationColumn ? UnitTable.Calculation(t.CalculationRaw) : null,
            CalculationRaw = style.HasCalculationColumn ? N(t.CalculationRaw) : null,
            Unit = unit,
            UnitRaw = N(t.UnitRaw),
            UnitScale = scale,
            Weight = weight,
            Actuals = PreviousYears(fy).Zip(actuals, (y, c) => new YearValue(y, c.Item1, c.Item2)).ToList(),
            Targets = TargetLevels.All.Zip(targets, (l, c) => new TargetValue(l, c.Item1, c.Item2)).ToList(),
            Projections = NextYears(fy).Zip(projections, (y, c) => new YearValue(y, c.Item1, c.Item2)).ToList(),
            CanonicalId = t.Id,
            Confidence = 1,
        };
    }

    public static string[] PreviousYears(int fy) => [BanglaFormat.FiscalYear(fy - 2), BanglaFormat.FiscalYear(fy - 1)];

    public static string[] NextYears(int fy) => [BanglaFormat.FiscalYear(fy + 1), BanglaFormat.FiscalYear(fy + 2)];

    /// <summary>Splits an integer total into integer parts by (jittered) shares, each at least its minimum.</summary>
    private static double[] Split(Random rng, double total, double[] shares, int[] minimums)
    {
        var sum = shares.Sum();
        var parts = shares.Select((s, i) => Math.Max(minimums[i], Math.Round(total * s / sum * (0.85 + 0.3 * rng.NextDouble())))).ToArray();
        var diff = total - parts.Sum();
        var guard = 0;
        while (diff != 0 && guard++ < 10_000)
        {
            var i = rng.Next(parts.Length);
            if (diff > 0)
            {
                parts[i]++;
                diff--;
            }
            else if (parts[i] > minimums[i])
            {
                parts[i]--;
                diff++;
            }
        }

        return parts;
    }

    private static List<Outcome> BuildOutcomes(Random rng, OfficeKind kind, AgreementStyle style, int fy, string partner)
    {
        var cells = new CellMaker(style with { PercentSuffix = false }, "%");
        return kind.Areas.Take(4).Select(a =>
        {
            var t = Math.Round(70 + rng.NextDouble() * 25);
            var act = new[] { cells.Quantity(t - 6 - rng.Next(5)), cells.Quantity(t - 2 - rng.Next(3)) };
            var tg = cells.Quantity(t);
            var proj = new[] { cells.Quantity(Math.Min(100, t + 2)), cells.Quantity(Math.Min(100, t + 4)) };
            return new Outcome
            {
                Name = N(a.Name),
                Indicator = N(a.OutcomeIndicator),
                Unit = Units.Percent,
                UnitRaw = "%",
                Actuals = PreviousYears(fy).Zip(act, (y, c) => new YearValue(y, c.Value, c.Raw)).ToList(),
                Target = new YearValue(BanglaFormat.FiscalYear(fy), tg.Value, tg.Raw),
                Projections = NextYears(fy).Zip(proj, (y, c) => new YearValue(y, c.Value, c.Raw)).ToList(),
                JointlyResponsible = partner,
                DataSource = "প্রতিবেদন",
            };
        }).ToList();
    }

    private static List<PlanItem> BuildPlanItems(Random rng, AgreementStyle style, int fy)
    {
        var items = new List<PlanItem>();
        foreach (var annex in Governance.PlanItems.GroupBy(p => p.Annex))
        {
            var rows = annex.ToList();
            if (rows.Count > 2)
            {
                rows.RemoveAt(rng.Next(1, rows.Count));
            }

            items.AddRange(rows.Select(p => new PlanItem
            {
                Annex = p.Annex,
                Code = p.Code,
                Activity = N(p.Activity),
                Indicator = N(p.Indicator),
                UnitRaw = N(p.UnitRaw),
                Weight = p.Weight,
                Target = PlanTarget(p.TargetKind, style, fy),
            }));
        }

        return items;
    }

    private static string PlanTarget(string kind, AgreementStyle style, int fy)
    {
        var (what, arg) = (kind.Split(':')[0], kind.Split(':')[1]);
        return what switch
        {
            "count" => BanglaFormat.Digits(arg),
            "percent" => BanglaFormat.Digits(arg) + "%",
            _ => DateTarget(arg, style, fy),
        };
    }

    private static string DateTarget(string monthDay, AgreementStyle style, int fy)
    {
        var month = int.Parse(monthDay[..2]);
        var day = int.Parse(monthDay[3..]);
        return BanglaFormat.Date(new DateOnly(month >= 7 ? fy : fy + 1, month, day), style.DateFormat);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("[^a-z0-9-]")]
    private static partial Regex NonSlug();
}
