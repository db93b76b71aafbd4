using System.Text.Json;
using ApaIngest.Catalog.Model;
using ApaIngest.Core;

namespace ApaIngest.Catalog;

/// <summary>
/// The curated canonical-indicator catalog: lookup, merge and rename with history, and the old-id → current-id map
/// that storage applies to records already loaded. Immutable: every change returns a new catalog.
/// </summary>
public sealed class IndicatorCatalog
{
    private readonly SortedDictionary<string, CatalogEntry> entries;

    public IndicatorCatalog(IEnumerable<CatalogEntry> entries, IEnumerable<OfficeKind>? officeKinds = null)
    {
        this.entries = new SortedDictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!this.entries.TryAdd(entry.Id, entry))
            {
                throw new InvalidDataException($"the catalog has the id '{entry.Id}' twice");
            }
        }

        OfficeKinds = (officeKinds ?? []).OrderBy(k => k.Id, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<OfficeKind> OfficeKinds { get; }

    /// <summary>Every entry, merged ones included, sorted by id.</summary>
    public IReadOnlyCollection<CatalogEntry> Entries => entries.Values;

    public IEnumerable<CatalogEntry> ActiveEntries => entries.Values.Where(e => e.IsActive);

    public CatalogEntry? Find(string id) => entries.GetValueOrDefault(id);

    public bool Contains(string id) => entries.ContainsKey(id);

    /// <summary>The id an old id stands for now (follows merged-into chains); unknown ids map to themselves.</summary>
    public string Resolve(string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = id;
        while (entries.TryGetValue(current, out var entry) && entry.MergedInto is { } next && seen.Add(current))
        {
            current = next;
        }

        return current;
    }

    /// <summary>
    /// Old id → current id for every merged entry (chains followed to their end). Storage applies it with
    /// <c>UPDATE indicators SET canonical_id = @to WHERE canonical_id = @from</c> so that records matched before a merge follow it.
    /// </summary>
    public IReadOnlyDictionary<string, string> ResolveMerges()
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries.Values.Where(e => e.MergedInto is not null))
        {
            map[entry.Id] = Resolve(entry.Id);
        }

        return map;
    }

    /// <summary>
    /// FROM becomes merged into INTO (which must be active). FROM may be an id not in the catalog (a provisional
    /// <c>prov.*</c> cluster a reviewer recognised): it is recorded as a merged stub so that matching and stored records follow.
    /// FROM's wordings become variants of INTO.
    /// </summary>
    public IndicatorCatalog Merge(string fromId, string intoId, string date, string? reason)
    {
        if (fromId == intoId)
        {
            throw new CatalogEditException($"cannot merge '{fromId}' into itself");
        }

        var into = Find(intoId) ?? throw new CatalogEditException($"no indicator '{intoId}' in the catalog");
        if (!into.IsActive)
        {
            throw new CatalogEditException($"'{intoId}' is merged into '{into.MergedInto}'; merge into that one");
        }

        var merged = Find(fromId);
        if (merged is { IsActive: false })
        {
            throw new CatalogEditException($"'{fromId}' is already merged into '{merged.MergedInto}'");
        }

        var updated = new Dictionary<string, CatalogEntry>(entries, StringComparer.Ordinal);
        var fromEvent = new CatalogEvent(date, CatalogActions.Merged, fromId, intoId, reason);
        updated[fromId] = merged is null
            ? new CatalogEntry
            {
                Id = fromId,
                NameBn = fromId,
                Group = into.Group,
                Status = EntryStatus.Merged,
                MergedInto = intoId,
                Sources = ["review"],
                History = [fromEvent],
            }
            : merged with { Status = EntryStatus.Merged, MergedInto = intoId, History = [.. merged.History, fromEvent] };

        var newVariants = merged is null ? [] : merged.AllNames().Where(n => !into.AllNames().Contains(n, StringComparer.Ordinal));
        var newActivities = merged is null ? [] : merged.AllActivities().Where(a => !into.AllActivities().Contains(a, StringComparer.Ordinal));
        updated[intoId] = into with
        {
            Variants = [.. into.Variants, .. newVariants],
            ActivityVariants = [.. into.ActivityVariants, .. newActivities],
            OfficeKinds = merged is null ? into.OfficeKinds : UnionOfficeKinds(into.OfficeKinds, merged.OfficeKinds),
            History = [.. into.History, new CatalogEvent(date, CatalogActions.MergedFrom, fromId, intoId, reason)],
        };

        // Entries already merged into FROM now point through it; Resolve follows the chain, nothing else to rewrite.
        return new IndicatorCatalog(updated.Values, OfficeKinds);
    }

    // An empty list means "every office", so it absorbs any other list.
    private static IReadOnlyList<string> UnionOfficeKinds(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == 0 || b.Count == 0 ? [] : a.Union(b, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Gives the entry a new canonical Bangla name; the old name stays a known variant.</summary>
    public IndicatorCatalog Rename(string id, string newName, string date, string? reason)
    {
        var entry = Find(id) ?? throw new CatalogEditException($"no indicator '{id}' in the catalog");
        if (!entry.IsActive)
        {
            throw new CatalogEditException($"'{id}' is merged into '{entry.MergedInto}'; rename that one");
        }

        var name = newName.Trim();
        if (name.Length == 0)
        {
            throw new CatalogEditException("the new name is empty");
        }

        var variants = entry.Variants.Where(v => v != name).ToList();
        if (!variants.Contains(entry.NameBn, StringComparer.Ordinal) && entry.NameBn != name)
        {
            variants.Insert(0, entry.NameBn);
        }

        var updated = new Dictionary<string, CatalogEntry>(entries, StringComparer.Ordinal)
        {
            [id] = entry with
            {
                NameBn = name,
                Variants = variants,
                History = [.. entry.History, new CatalogEvent(date, CatalogActions.Renamed, entry.NameBn, name, reason)],
            },
        };
        return new IndicatorCatalog(updated.Values, OfficeKinds);
    }

    public IndicatorCatalog With(IEnumerable<CatalogEntry> replaced)
    {
        var updated = new Dictionary<string, CatalogEntry>(entries, StringComparer.Ordinal);
        foreach (var entry in replaced)
        {
            updated[entry.Id] = entry;
        }

        return new IndicatorCatalog(updated.Values, OfficeKinds);
    }

    public IndicatorCatalog WithOfficeKinds(IEnumerable<OfficeKind> kinds) => new(entries.Values, kinds);

    public CatalogFile ToFile() => new() { OfficeKinds = OfficeKinds, Indicators = entries.Values.ToList() };

    public string ToJson() => JsonSerializer.Serialize(ToFile(), CatalogJson.Options) + "\n";

    public static IndicatorCatalog FromJson(string json)
    {
        var file = JsonSerializer.Deserialize<CatalogFile>(json, CatalogJson.Options)
            ?? throw new InvalidDataException("the catalog JSON is null");
        return new IndicatorCatalog(file.Indicators, file.OfficeKinds);
    }

    public static IndicatorCatalog Load(string path)
    {
        try
        {
            return FromJson(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a catalog file ({e.Message})", e);
        }
    }

    /// <summary>Whole or not at all (AtomicFile).</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());
}

/// <summary>A curation command that cannot be applied (unknown id, merge into a merged entry, ...).</summary>
public sealed class CatalogEditException(string message) : Exception(message);
