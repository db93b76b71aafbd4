using System.Text.Json.Serialization;

namespace ApaIngest.Catalog.Model;

/// <summary>
/// One canonical indicator of the catalog: the same indicator across offices and years, with the wordings seen for it.
/// An entry merged into another keeps its id (old records still carry it) and says where it went.
/// </summary>
public sealed record CatalogEntry
{
    public required string Id { get; init; }
    /// <summary>Canonical Bangla name of the indicator (section 3 column ৪).</summary>
    public required string NameBn { get; init; }
    public string? NameEn { get; init; }
    /// <summary>office | governance | plan (annex 4-8 action-plan rows; section 3 of older templates carries them too).</summary>
    public required string Group { get; init; }
    /// <summary>Annex 4-8 for plan items, else null.</summary>
    public int? Annex { get; init; }
    /// <summary>Unit of the contract (percent, count, ...) or null when it varies.</summary>
    public string? Unit { get; init; }
    public string? Calculation { get; init; }
    /// <summary>Canonical activity (column ৩) the indicator belongs to; generic names ("সিদ্ধান্ত বাস্তবায়িত") are told apart by it.</summary>
    public string? ActivityBn { get; init; }
    /// <summary>Code the indicator usually has in its area (governance: 1.1.1 integrity ... 1.5.1 RTI); a weak prior.</summary>
    public string? TypicalCode { get; init; }
    /// <summary>Office kinds the indicator applies to; empty means every office.</summary>
    public IReadOnlyList<string> OfficeKinds { get; init; } = [];
    /// <summary>Other wordings of the name seen in documents.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];
    public IReadOnlyList<string> ActivityVariants { get; init; } = [];
    public string Status { get; init; } = EntryStatus.Active;
    public string? MergedInto { get; init; }
    /// <summary>Where the entry came from: builtin, seed file names, corpus.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<CatalogEvent> History { get; init; } = [];

    [JsonIgnore]
    public bool IsActive => Status == EntryStatus.Active;

    public IEnumerable<string> AllNames() => Variants.Prepend(NameBn);

    public IEnumerable<string> AllActivities() =>
        ActivityBn is null ? ActivityVariants : ActivityVariants.Prepend(ActivityBn);
}

public static class EntryStatus
{
    public const string Active = "active";
    public const string Merged = "merged";
}

public static class CatalogGroups
{
    public const string Office = "office";
    public const string Governance = "governance";
    public const string Plan = "plan";
}

/// <summary>A curation step: merge, rename, variant added; dates are ISO (yyyy-MM-dd).</summary>
public sealed record CatalogEvent(string Date, string Action, string? From, string? To, string? Reason);

public static class CatalogActions
{
    public const string Created = "created";
    public const string Merged = "merged";
    public const string MergedFrom = "merged-from";
    public const string Renamed = "renamed";
}

/// <summary>A kind of office (upazila administration, police, ...) and the words that name it on the cover.</summary>
public sealed record OfficeKind(string Id, string NameBn, IReadOnlyList<string> Keywords);
