using System.Globalization;
using ApaIngest.Core.Documents;
using ApaIngest.Extraction.Tests.Support;

namespace ApaIngest.Extraction.Tests;

/// <summary>
/// Corpus documents with a text layer (digital, legacy) extracted through the real PDF reader and text-layer repair and
/// compared with corpus/gold field by field; a failure lists every differing field by indicator ("indicator 1.2.1
/// targets[good].value: expected 90, got 80").
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in CorpusPipeline.GoldNames())
        {
            foreach (var variant in (string[])["digital", "legacy"])
            {
                if (File.Exists(RepoRoot.File("corpus", $"{name}.{variant}.pdf")))
                {
                    data.Add(name, variant);
                }
            }
        }

        if (data.Count == 0)
        {
            data.Add("", "none");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_CorpusDocument_MatchesGold(string name, string variant)
    {
        if (variant == "none")
        {
            return; // no corpus checked out
        }

        var gold = ApaDocumentJson.Load(RepoRoot.File("corpus", "gold", name + ".json"));
        var predicted = CorpusPipeline.Extract(RepoRoot.File("corpus", $"{name}.{variant}.pdf"));
        var differences = GoldComparer.Compare(gold, predicted);
        // Budget: the issue's target for text layers (cells exact >= 0.98, names alike) as at most 1 % of the about 20
        // compared fields per indicator; known misses (a wrapped "/ " read without its space) stay listed in the message.
        var budget = Math.Max(1, gold.Indicators.Count * 20 / 100);
        Assert.True(differences.Count <= budget, $"{name}.{variant}: {differences.Count} differences (budget {budget})\n" + string.Join("\n", differences.Take(40)));
    }
}

/// <summary>Field-by-field comparison of two documents, each difference named by its indicator and field.</summary>
public static class GoldComparer
{
    public static IReadOnlyList<string> Compare(ApaDocument gold, ApaDocument predicted)
    {
        var diffs = new List<string>();
        void Check<T>(string field, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                diffs.Add($"{field}: expected {Show(expected)}, got {Show(actual)}");
            }
        }

        var ga = gold.Agreement;
        var pa = predicted.Agreement;
        Check("agreement.fiscal_year", ga.FiscalYear, pa.FiscalYear);
        Check("agreement.signatory", ga.Signatory, pa.Signatory);
        Check("agreement.supervisor", ga.Supervisor, pa.Supervisor);
        Check("agreement.signed_on", ga.SignedOn, pa.SignedOn);
        Check("agreement.vision", ga.Vision, pa.Vision);
        Check("agreement.mission", ga.Mission, pa.Mission);
        Check("performance_areas", string.Join("; ", gold.PerformanceAreas), string.Join("; ", predicted.PerformanceAreas));

        var byKey = predicted.Indicators.ToDictionary(i => (i.Group, i.Code));
        foreach (var g in gold.Indicators)
        {
            var id = g.Group == Groups.Office ? $"indicator {g.Code}" : $"governance indicator {g.Code}";
            if (!byKey.Remove((g.Group, g.Code), out var p))
            {
                diffs.Add($"{id}: missing");
                continue;
            }

            Check($"{id} area_code", g.AreaCode, p.AreaCode);
            Check($"{id} activity_code", g.ActivityCode, p.ActivityCode);
            Check($"{id} activity", g.Activity, p.Activity);
            Check($"{id} name", g.Name, p.Name);
            Check($"{id} calculation", g.Calculation, p.Calculation);
            Check($"{id} calculation_raw", g.CalculationRaw, p.CalculationRaw);
            Check($"{id} unit", g.Unit, p.Unit);
            Check($"{id} unit_raw", g.UnitRaw, p.UnitRaw);
            Check($"{id} unit_scale", g.UnitScale, p.UnitScale);
            Check($"{id} weight", g.Weight, p.Weight);
            CompareCells($"{id} actuals", g.Actuals.Select(a => (a.FiscalYear, a.Value, a.Raw)).ToList(), p.Actuals.Select(a => (a.FiscalYear, a.Value, a.Raw)).ToList(), diffs);
            CompareCells($"{id} targets", g.Targets.Select(a => ((string?)a.Level, a.Value, a.Raw)).ToList(), p.Targets.Select(a => ((string?)a.Level, a.Value, a.Raw)).ToList(), diffs);
            CompareCells($"{id} projections", g.Projections.Select(a => (a.FiscalYear, a.Value, a.Raw)).ToList(), p.Projections.Select(a => (a.FiscalYear, a.Value, a.Raw)).ToList(), diffs);
        }

        diffs.AddRange(byKey.Keys.Select(k => $"indicator {k.Code} ({k.Group}): not in gold"));
        Check("outcomes.count", gold.Outcomes.Count, predicted.Outcomes.Count);
        for (var i = 0; i < Math.Min(gold.Outcomes.Count, predicted.Outcomes.Count); i++)
        {
            var g = gold.Outcomes[i];
            var p = predicted.Outcomes[i];
            Check($"outcome {i + 1} outcome", g.Name, p.Name);
            Check($"outcome {i + 1} indicator", g.Indicator, p.Indicator);
            Check($"outcome {i + 1} unit_raw", g.UnitRaw, p.UnitRaw);
            Check($"outcome {i + 1} target", g.Target, p.Target);
            Check($"outcome {i + 1} actuals", string.Join("; ", g.Actuals), string.Join("; ", p.Actuals));
            Check($"outcome {i + 1} projections", string.Join("; ", g.Projections), string.Join("; ", p.Projections));
            Check($"outcome {i + 1} jointly_responsible", g.JointlyResponsible, p.JointlyResponsible);
            Check($"outcome {i + 1} data_source", g.DataSource, p.DataSource);
        }

        Check("plan_items.count", gold.PlanItems.Count, predicted.PlanItems.Count);
        for (var i = 0; i < Math.Min(gold.PlanItems.Count, predicted.PlanItems.Count); i++)
        {
            Check($"plan item {i + 1} (annex {gold.PlanItems[i].Annex}, {gold.PlanItems[i].Code})", gold.PlanItems[i], predicted.PlanItems[i]);
        }

        return diffs;
    }

    private static void CompareCells(string field, List<(string? Key, CellValue Value, string? Raw)> gold, List<(string? Key, CellValue Value, string? Raw)> predicted, List<string> diffs)
    {
        if (gold.Count != predicted.Count)
        {
            diffs.Add($"{field}: expected {gold.Count} columns, got {predicted.Count}");
        }

        for (var i = 0; i < Math.Min(gold.Count, predicted.Count); i++)
        {
            var (gk, gv, gr) = gold[i];
            var (pk, pv, pr) = predicted[i];
            var at = $"{field}[{gk}]";
            if (gk != pk)
            {
                diffs.Add($"{at}.key: expected {Show(gk)}, got {Show(pk)}");
            }

            if (gv != pv)
            {
                diffs.Add($"{at}.value: expected {gv}, got {pv}");
            }

            if (gr != pr)
            {
                diffs.Add($"{at}.raw: expected {Show(gr)}, got {Show(pr)}");
            }
        }
    }

    private static string Show<T>(T value) => value switch
    {
        null => "null",
        string s => "'" + s + "'",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
