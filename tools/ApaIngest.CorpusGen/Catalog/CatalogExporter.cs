using System.Text.Json;
using System.Text.Json.Nodes;
using ApaIngest.Core;
using ApaIngest.CorpusGen.Model;
using ApaIngest.CorpusGen.Vocabulary;

namespace ApaIngest.CorpusGen.Catalog;

/// <summary>
/// Exports every indicator template of the vocabulary as the canonical catalog of issue 9 (catalog/indicators.json):
/// id, canonical Bangla name, English gloss, group, unit, calculation, office kinds and wording variants.
/// </summary>
public static class CatalogExporter
{
    public static string ToJson()
    {
        var byId = new SortedDictionary<string, (IndicatorTemplate T, SortedSet<string> Kinds, List<string> Variants)>(StringComparer.Ordinal);
        void Add(IndicatorTemplate t, string kind)
        {
            if (!byId.TryGetValue(t.Id, out var e))
            {
                e = (t, new SortedSet<string>(StringComparer.Ordinal), []);
                byId[t.Id] = e;
            }

            e.Kinds.Add(kind);
            foreach (var v in t.Wordings.Select(AgreementBuilder.N))
            {
                if (v != AgreementBuilder.N(e.T.NameBn) && !e.Variants.Contains(v))
                {
                    e.Variants.Add(v);
                }
            }
        }

        foreach (var kind in OfficeKinds.Every)
        {
            foreach (var t in kind.Areas.SelectMany(a => a.Activities).SelectMany(a => a.Indicators))
            {
                Add(t, kind.Id);
            }

            foreach (var t in Governance.All)
            {
                Add(t, kind.Id);
            }
        }

        var indicators = new JsonArray();
        foreach (var (id, (t, kinds, variants)) in byId)
        {
            var (unit, scale) = UnitTable.Unit(t.UnitRaw);
            indicators.Add(new JsonObject
            {
                ["id"] = id,
                ["name_bn"] = AgreementBuilder.N(t.NameBn),
                ["name_en"] = t.NameEn,
                ["group"] = id.StartsWith("gov.", StringComparison.Ordinal) ? "governance" : "office",
                ["unit"] = unit,
                ["unit_raw"] = AgreementBuilder.N(t.UnitRaw),
                ["unit_scale"] = scale,
                ["calculation"] = UnitTable.Calculation(t.CalculationRaw),
                ["calculation_raw"] = AgreementBuilder.N(t.CalculationRaw),
                ["office_kinds"] = new JsonArray(kinds.Select(k => (JsonNode)k!).ToArray()),
                ["variants"] = new JsonArray(variants.Select(v => (JsonNode)v!).ToArray()),
            });
        }

        var plans = new JsonArray();
        foreach (var p in Governance.PlanItems)
        {
            plans.Add(new JsonObject
            {
                ["id"] = p.Id,
                ["annex"] = p.Annex,
                ["activity_bn"] = AgreementBuilder.N(p.Activity),
                ["name_bn"] = AgreementBuilder.N(p.Indicator),
                ["name_en"] = p.NameEn,
                ["unit_raw"] = AgreementBuilder.N(p.UnitRaw),
                ["weight"] = p.Weight,
            });
        }

        var root = new JsonObject
        {
            ["version"] = 1,
            ["source"] = "tools/ApaIngest.CorpusGen vocabulary (wordings from data/seeds and the Cabinet Division template)",
            ["office_kinds"] = new JsonArray(OfficeKinds.Every.Select(k => (JsonNode)new JsonObject { ["id"] = k.Id, ["name_en"] = k.NameEn, ["signatory_bn"] = AgreementBuilder.N(k.SignatoryTitle) }).ToArray()),
            ["indicators"] = indicators,
            ["plan_items"] = plans,
        };
        return root.ToJsonString(new JsonSerializerOptions(Core.Documents.ApaDocumentJson.Options)) + "\n";
    }

    public static void Export(string path) => AtomicFile.WriteAllText(path, ToJson());
}
