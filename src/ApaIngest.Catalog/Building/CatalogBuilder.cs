using System.Security.Cryptography;
using System.Text;
using ApaIngest.Catalog.Matching;
using ApaIngest.Catalog.Model;
using ApaIngest.Core.Documents;

namespace ApaIngest.Catalog.Building;

/// <summary>The sources a catalog build reads; any may be absent.</summary>
public sealed record CatalogSources
{
    public string? CorpusExport { get; init; }
    public IReadOnlyList<string> SeedFiles { get; init; } = [];
    /// <summary>Gold document JSONs whose indicators carry canonical ids: their wordings become variants.</summary>
    public IReadOnlyList<string> GoldFiles { get; init; } = [];
    /// <summary>A word list (one word a line) that tells a clean seed wording from a garbled one.</summary>
    public string? LexiconPath { get; init; }
}

public sealed record BuildReport(int Entries, int FromCorpus, int GoldWordings, int SeedRows, int SeedAttached, int SeedCreated, int SeedRejected)
{
    public override string ToString() =>
        $"{Entries} entries; corpus export {FromCorpus}; gold wordings added {GoldWordings}; seed rows {SeedRows}: " +
        $"{SeedAttached} attached to existing entries, {SeedCreated} new entries, {SeedRejected} rejected as garbled";
}

/// <summary>
/// Builds or refreshes the catalog from its sources, keeping every curation already in the file (merges, renames,
/// history): builtin governance and annex entries, the corpus export, gold wordings, then the seed transcriptions,
/// whose rows join the entry they match or become new entries. Same inputs, same file.
/// </summary>
public static class CatalogBuilder
{
    // A seed row joins an existing entry only when its activity also agrees: generic names
    // ("সিদ্ধান্ত বাস্তবায়িত", "পরিদর্শন সংখ্যা") belong to different indicators under different activities.
    private const double AttachActivitySimilarity = 0.5;

    // With no activity to compare, only a near-identical name that no other entry uses joins an entry.
    private const double UniqueNameSimilarity = 0.8;

    private static bool IsSharedWording(IndicatorCatalog catalog, string name)
    {
        var n = IndicatorText.Normalize(name);
        return catalog.ActiveEntries.Count(e => e.AllNames().Any(x => IndicatorText.Normalize(x) == n)) != 1;
    }

    public static (IndicatorCatalog Catalog, BuildReport Report) Build(IndicatorCatalog? existing, CatalogSources sources)
    {
        var catalog = existing ?? new IndicatorCatalog([], BuiltinCatalog.OfficeKinds);
        var kinds = catalog.OfficeKinds.ToDictionary(k => k.Id, StringComparer.Ordinal);
        foreach (var kind in BuiltinCatalog.OfficeKinds)
        {
            kinds.TryAdd(kind.Id, kind);
        }

        catalog = catalog.WithOfficeKinds(kinds.Values);
        catalog = Upsert(catalog, BuiltinCatalog.Entries);

        var fromCorpus = 0;
        if (sources.CorpusExport is { } export && File.Exists(export))
        {
            var (rows, corpusKinds) = CorpusVocabularyReader.Read(export);
            fromCorpus = rows.Count;
            foreach (var kind in corpusKinds)
            {
                // The builtin kinds carry more keywords; a kind new to the catalog comes with its signatory's post.
                kinds.TryAdd(kind.Id, kind);
            }

            catalog = Upsert(catalog.WithOfficeKinds(kinds.Values), rows);
        }

        var goldWordings = 0;
        foreach (var path in sources.GoldFiles.Order(StringComparer.Ordinal))
        {
            (catalog, var added) = LearnFromGold(catalog, ApaDocumentJson.Load(path));
            goldWordings += added;
        }

        // The lexicon comes from the sources only (not from an existing file that earlier seed rows already entered),
        // so that building on the built file changes nothing.
        var lexicon = Lexicon.Load(sources.LexiconPath, SourceVocabulary(sources));
        int seedRows = 0, attached = 0, created = 0, rejected = 0;
        foreach (var path in sources.SeedFiles.Order(StringComparer.Ordinal))
        {
            foreach (var row in SeedTranscriptionReader.Read(path, catalog.OfficeKinds))
            {
                seedRows++;
                // Clean by the word list, or read the same way in two places of the document (scan damage rarely repeats).
                if (row.Copies < 2 && (!lexicon.IsClean(row.Name) || !lexicon.IsClean(row.Activity)))
                {
                    rejected++;
                    continue;
                }

                (catalog, var joined) = AddSeedRow(catalog, row);
                if (joined)
                {
                    attached++;
                }
                else
                {
                    created++;
                }
            }
        }

        return (catalog, new BuildReport(catalog.Entries.Count, fromCorpus, goldWordings, seedRows, attached, created, rejected));
    }

    private static IndicatorCatalog SourceVocabulary(CatalogSources sources)
    {
        var catalog = Upsert(new IndicatorCatalog([]), BuiltinCatalog.Entries);
        if (sources.CorpusExport is { } export && File.Exists(export))
        {
            catalog = Upsert(catalog, CorpusVocabularyReader.Read(export).Entries);
        }

        foreach (var path in sources.GoldFiles.Order(StringComparer.Ordinal))
        {
            (catalog, _) = LearnFromGold(catalog, ApaDocumentJson.Load(path));
        }

        return catalog;
    }

    private static (IndicatorCatalog, bool Attached) AddSeedRow(IndicatorCatalog catalog, SeedIndicator row)
    {
        var matcher = new CanonicalMatcher(catalog);
        var query = new MatchQuery(row.Name, row.Activity, row.Unit, row.Calculation, row.Group, null, row.OfficeKind);
        var match = matcher.Match(query);
        if (!match.IsProvisional && match.BestEntryId is { } best)
        {
            var entry = catalog.Find(best)!;
            var (nameSim, activitySim) = matcher.TextSimilarity(query, best);
            var activityAgrees = entry.ActivityBn is null
                ? nameSim >= UniqueNameSimilarity && !IsSharedWording(catalog, row.Name)
                : activitySim >= AttachActivitySimilarity;
            if (activityAgrees || row.Group == Groups.Governance)
            {
                var wording = entry with
                {
                    Variants = [row.Name],
                    ActivityVariants = [row.Activity],
                    Sources = [row.Source],
                    OfficeKinds = row.OfficeKind is null || entry.OfficeKinds.Count == 0 ? [] : [row.OfficeKind],
                };
                return (Upsert(catalog, [wording]), true);
            }
        }

        var id = $"{row.OfficeKind ?? "office"}.seed-{ShortHash(IndicatorText.Normalize(row.Name) + "|" + IndicatorText.Normalize(row.Activity))}";
        var created = new CatalogEntry
        {
            Id = id,
            NameBn = row.Name,
            Group = row.Group == Groups.Governance ? CatalogGroups.Governance : CatalogGroups.Office,
            Unit = row.Unit,
            Calculation = row.Calculation,
            ActivityBn = row.Activity,
            OfficeKinds = row.OfficeKind is null ? [] : [row.OfficeKind],
            Sources = [row.Source],
        };
        return (Upsert(catalog, [created]), false);
    }

    private static (IndicatorCatalog, int) LearnFromGold(IndicatorCatalog catalog, ApaDocument gold)
    {
        var added = 0;
        var updates = new List<CatalogEntry>();
        foreach (var indicator in gold.Indicators.Where(i => i.CanonicalId is not null && !ProvisionalId.IsProvisional(i.CanonicalId)))
        {
            var id = catalog.Resolve(indicator.CanonicalId!);
            var entry = catalog.Find(id);
            var before = entry is null ? 0 : entry.Variants.Count + entry.ActivityVariants.Count + (entry.ActivityBn is null ? 0 : 1);
            var wording = new CatalogEntry
            {
                Id = id,
                NameBn = indicator.Name,
                Group = indicator.Group == Groups.Governance ? CatalogGroups.Governance : CatalogGroups.Office,
                Unit = indicator.Unit,
                Calculation = indicator.Calculation,
                ActivityBn = indicator.Activity,
                Sources = ["gold"],
            };
            catalog = Upsert(catalog, [wording]);
            var after = catalog.Find(id)!;
            added += after.Variants.Count + after.ActivityVariants.Count + (after.ActivityBn is null ? 0 : 1) - before;
        }

        return (catalog, added);
    }

    /// <summary>
    /// Adds entries, or folds them into the entry they already are (or were merged into): names and activities
    /// not yet known (after normalisation) become variants, missing fields are filled, sources and office kinds united.
    /// The stored canonical name, status and history are never changed here: that is the reviewer's.
    /// </summary>
    public static IndicatorCatalog Upsert(IndicatorCatalog catalog, IEnumerable<CatalogEntry> incoming)
    {
        foreach (var entry in incoming)
        {
            var id = catalog.Resolve(entry.Id);
            var current = catalog.Find(id);
            if (current is null)
            {
                catalog = catalog.With([Dedup(entry)]);
                continue;
            }

            var names = current.AllNames().Select(IndicatorText.Normalize).ToHashSet(StringComparer.Ordinal);
            var variants = current.Variants.ToList();
            foreach (var n in entry.AllNames())
            {
                if (names.Add(IndicatorText.Normalize(n)))
                {
                    variants.Add(n);
                }
            }

            var activities = current.AllActivities().Select(IndicatorText.Normalize).ToHashSet(StringComparer.Ordinal);
            var activityBn = current.ActivityBn;
            var activityVariants = current.ActivityVariants.ToList();
            foreach (var a in entry.AllActivities())
            {
                if (activities.Add(IndicatorText.Normalize(a)))
                {
                    if (activityBn is null)
                    {
                        activityBn = a;
                    }
                    else
                    {
                        activityVariants.Add(a);
                    }
                }
            }

            catalog = catalog.With([current with
            {
                NameEn = current.NameEn ?? entry.NameEn,
                Annex = current.Annex ?? entry.Annex,
                Unit = current.Unit ?? entry.Unit,
                Calculation = current.Calculation ?? entry.Calculation,
                TypicalCode = current.TypicalCode ?? entry.TypicalCode,
                Variants = variants,
                ActivityBn = activityBn,
                ActivityVariants = activityVariants,
                OfficeKinds = current.OfficeKinds.Count == 0 ? [] : current.OfficeKinds.Union(entry.OfficeKinds, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                Sources = current.Sources.Union(entry.Sources, StringComparer.Ordinal).ToList(),
            }]);
        }

        return catalog;
    }

    private static CatalogEntry Dedup(CatalogEntry entry)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { IndicatorText.Normalize(entry.NameBn) };
        var seenActivities = new HashSet<string>(StringComparer.Ordinal);
        if (entry.ActivityBn is not null)
        {
            seenActivities.Add(IndicatorText.Normalize(entry.ActivityBn));
        }

        return entry with
        {
            Variants = entry.Variants.Where(v => seen.Add(IndicatorText.Normalize(v))).ToList(),
            ActivityVariants = entry.ActivityVariants.Where(a => seenActivities.Add(IndicatorText.Normalize(a))).ToList(),
        };
    }

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
