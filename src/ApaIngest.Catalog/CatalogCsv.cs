using System.Text;

namespace ApaIngest.Catalog;

/// <summary>The catalog as CSV for reviewers' spreadsheets: one row per entry, variants joined by " | ".</summary>
public static class CatalogCsv
{
    private static readonly string[] Header =
        ["id", "status", "merged_into", "group", "annex", "unit", "calculation", "name_bn", "name_en", "activity_bn", "office_kinds", "variants", "activity_variants", "sources"];

    public static string Write(IndicatorCatalog catalog)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', Header)).Append('\n');
        foreach (var e in catalog.Entries)
        {
            string?[] cells =
            [
                e.Id, e.Status, e.MergedInto, e.Group, e.Annex?.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Unit, e.Calculation,
                e.NameBn, e.NameEn, e.ActivityBn, string.Join(" | ", e.OfficeKinds), string.Join(" | ", e.Variants),
                string.Join(" | ", e.ActivityVariants), string.Join(" | ", e.Sources),
            ];
            sb.Append(string.Join(',', cells.Select(Escape))).Append('\n');
        }

        return sb.ToString();
    }

    private static string Escape(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
