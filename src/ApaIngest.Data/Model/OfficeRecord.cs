namespace ApaIngest.Data.Model;

/// <summary>
/// A government office that signs or supervises agreements, deduplicated by its normalised name; the geography is
/// matched from data/geo (divisions, districts, upazilas) where the name carries it.
/// </summary>
public sealed class OfficeRecord
{
    public long Id { get; set; }
    public required string NormalizedName { get; set; }
    public required string Name { get; set; }
    /// <summary>upazila | district | division | ministry | department | other (see OfficeClassifier).</summary>
    public required string Kind { get; set; }
    public string? Division { get; set; }
    public string? District { get; set; }
    public string? Upazila { get; set; }
    public string? Ministry { get; set; }
}
