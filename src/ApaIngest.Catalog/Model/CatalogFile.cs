namespace ApaIngest.Catalog.Model;

/// <summary>The curated catalog file (catalog/catalog.json) as stored: entries sorted by id.</summary>
public sealed record CatalogFile
{
    public int SchemaVersion { get; init; } = 1;
    public IReadOnlyList<OfficeKind> OfficeKinds { get; init; } = [];
    public IReadOnlyList<CatalogEntry> Indicators { get; init; } = [];
}
