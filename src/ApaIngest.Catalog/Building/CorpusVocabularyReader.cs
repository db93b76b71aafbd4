using System.Text.Json;
using System.Text.Json.Serialization;
using ApaIngest.Catalog.Model;
using ApaIngest.Core.Documents;

namespace ApaIngest.Catalog.Building;

/// <summary>
/// Reads the corpus generator's export (catalog/indicators.json: id, name_bn, name_en, group, unit, calculation,
/// office_kinds, variants; optionally activities) into catalog entries. Units and methods may be printed words or contract values.
/// </summary>
public static class CorpusVocabularyReader
{
    public const string Source = "corpus";

    public static IReadOnlyList<CatalogEntry> Read(string path)
    {
        var json = File.ReadAllText(path);
        List<ExportedIndicator>? rows;
        using (var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }))
        {
            // Either a bare array or an object holding the array under "indicators".
            var array = doc.RootElement.ValueKind == JsonValueKind.Array
                ? doc.RootElement
                : doc.RootElement.GetProperty("indicators");
            rows = array.Deserialize<List<ExportedIndicator>>(CatalogJson.Options);
        }

        return (rows ?? []).Where(r => !string.IsNullOrWhiteSpace(r.Id) && !string.IsNullOrWhiteSpace(r.NameBn)).Select(r => new CatalogEntry
        {
            Id = r.Id!,
            NameBn = r.NameBn!.Trim(),
            NameEn = r.NameEn,
            Group = GroupOf(r),
            Annex = r.Annex,
            Unit = RawVocabulary.Unit(r.Unit),
            Calculation = RawVocabulary.Calculation(r.Calculation),
            OfficeKinds = (r.OfficeKinds ?? []).Where(k => k is not "all" and not "*").Order(StringComparer.Ordinal).ToList(),
            Variants = (r.Variants ?? []).Select(v => v.Trim()).Where(v => v.Length > 0 && v != r.NameBn!.Trim()).Distinct().ToList(),
            ActivityBn = (r.Activities ?? []).FirstOrDefault() ?? r.Activity,
            ActivityVariants = (r.Activities ?? []).Skip(1).ToList(),
            Sources = [Source],
        }).ToList();
    }

    private static string GroupOf(ExportedIndicator r) => r.Group switch
    {
        Groups.Governance => CatalogGroups.Governance,
        Groups.Office => CatalogGroups.Office,
        _ when r.Id!.StartsWith("plan.", StringComparison.Ordinal) || r.Annex is not null => CatalogGroups.Plan,
        _ when r.Id!.StartsWith("gov.", StringComparison.Ordinal) => CatalogGroups.Governance,
        _ => CatalogGroups.Office,
    };

    private sealed record ExportedIndicator
    {
        public string? Id { get; init; }
        public string? NameBn { get; init; }
        public string? NameEn { get; init; }
        public string? Group { get; init; }
        public int? Annex { get; init; }
        public string? Unit { get; init; }
        public string? Calculation { get; init; }
        [JsonPropertyName("office_kinds")]
        public List<string>? OfficeKinds { get; init; }
        public List<string>? Variants { get; init; }
        public string? Activity { get; init; }
        public List<string>? Activities { get; init; }
    }
}
