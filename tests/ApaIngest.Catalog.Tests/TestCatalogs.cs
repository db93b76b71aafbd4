using ApaIngest.Catalog.Building;
using ApaIngest.Catalog.Model;

namespace ApaIngest.Catalog.Tests;

internal static class TestCatalogs
{
    /// <summary>
    /// The builtin governance and annex entries with their known variants stripped: only the canonical name and
    /// activity are known, so a test wording that matches is not matching a stored copy of itself.
    /// </summary>
    public static IndicatorCatalog CanonicalNamesOnly() => new(
        BuiltinCatalog.Entries.Select(e => e with { Variants = [], ActivityVariants = [] }),
        BuiltinCatalog.OfficeKinds);

    public static IndicatorCatalog Builtin() => new(BuiltinCatalog.Entries, BuiltinCatalog.OfficeKinds);

    public static CatalogEntry Office(string id, string name, string activity, string unit, params string[] variants) => new()
    {
        Id = id,
        NameBn = name,
        Group = CatalogGroups.Office,
        Unit = unit,
        ActivityBn = activity,
        Variants = variants,
    };
}
