using System.Text.Json;
using ApaIngest.Catalog.Model;
using ApaIngest.Core.Documents;

namespace ApaIngest.Catalog.Building;

/// <summary>
/// Reads the corpus generator's export (catalog/indicators.json, tools/ApaIngest.CorpusGen/Catalog/CatalogExporter.cs):
/// <c>indicators</c> (id, name_bn, name_en, group, unit, unit_raw, calculation, office_kinds, variants; optionally
/// activity_bn/activities), <c>plan_items</c> (annex 4-8 rows: id, annex, activity_bn, name_bn, unit_raw) and
/// <c>office_kinds</c> (id, signatory_bn: the post that signs, which names the kind on a cover).
/// </summary>
public static class CorpusVocabularyReader
{
    public const string Source = "corpus";

    public static (IReadOnlyList<CatalogEntry> Entries, IReadOnlyList<OfficeKind> Kinds) Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        var entries = new List<CatalogEntry>();
        var indicators = root.ValueKind == JsonValueKind.Array ? root : Property(root, "indicators");
        foreach (var row in Items(indicators))
        {
            if (Entry(row, isPlan: false) is { } entry)
            {
                entries.Add(entry);
            }
        }

        foreach (var row in Items(Property(root, "plan_items")))
        {
            if (Entry(row, isPlan: true) is { } entry)
            {
                entries.Add(entry);
            }
        }

        var kinds = Items(Property(root, "office_kinds"))
            .Where(k => Text(k, "id") is not null)
            .Select(k => new OfficeKind(
                Text(k, "id")!,
                Text(k, "name_bn") ?? Text(k, "name_en") ?? Text(k, "id")!,
                new[] { Text(k, "signatory_bn") }.OfType<string>().ToList()))
            .ToList();
        return (entries, kinds);
    }

    private static CatalogEntry? Entry(JsonElement row, bool isPlan)
    {
        var id = Text(row, "id");
        var name = Text(row, "name_bn");
        if (id is null || name is null)
        {
            return null;
        }

        var activities = Strings(row, "activities");
        var activity = Text(row, "activity_bn") ?? Text(row, "activity") ?? activities.FirstOrDefault();
        return new CatalogEntry
        {
            Id = id,
            NameBn = name.Trim(),
            NameEn = Text(row, "name_en"),
            Group = isPlan || id.StartsWith("plan.", StringComparison.Ordinal) ? CatalogGroups.Plan
                : Text(row, "group") == Groups.Governance || id.StartsWith("gov.", StringComparison.Ordinal) ? CatalogGroups.Governance
                : CatalogGroups.Office,
            Annex = row.TryGetProperty("annex", out var annex) && annex.ValueKind == JsonValueKind.Number ? annex.GetInt32() : null,
            Unit = RawVocabulary.Unit(Text(row, "unit") ?? Text(row, "unit_raw")),
            Calculation = RawVocabulary.Calculation(Text(row, "calculation") ?? Text(row, "calculation_raw")),
            OfficeKinds = Strings(row, "office_kinds").Order(StringComparer.Ordinal).ToList(),
            Variants = Strings(row, "variants").Where(v => v != name.Trim()).Distinct().ToList(),
            ActivityBn = activity,
            ActivityVariants = activities.Where(a => a != activity).ToList(),
            Sources = [Source],
        };
    }

    private static JsonElement Property(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) ? p : default;

    private static IEnumerable<JsonElement> Items(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String && p.GetString() is { Length: > 0 } s ? s : null;

    private static List<string> Strings(JsonElement row, string name) =>
        Items(Property(row, name)).Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!.Trim()).Where(x => x.Length > 0).ToList();
}
