using ApaIngest.Catalog.Model;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Pipeline;

namespace ApaIngest.Catalog.Matching;

/// <summary>
/// Gives every indicator of a document its canonical id (<see cref="Indicator.CanonicalId"/>): the catalog entry whose
/// wordings are closest in character n-gram and word TF-IDF space (name, then activity), adjusted for unit and
/// calculation agreement, group, the governance code position and the office kind; below <see cref="Threshold"/>
/// a provisional id (<see cref="ProvisionalId"/>). Ids of merged entries resolve to the entry they were merged into.
/// </summary>
public sealed class CanonicalMatcher : IDocumentPostProcessor
{
    /// <summary>Default acceptance score, chosen on the corpus gold (docs/accuracy.md).</summary>
    public const double DefaultThreshold = 0.55;

    // Name carries the meaning; the activity tells generic names apart ("সিদ্ধান্ত বাস্তবায়িত" under five activities).
    private const double NameShare = 0.65;
    private const double UnitAgrees = 0.05;
    private const double UnitDisagrees = -0.12;
    private const double CalculationAgrees = 0.03;
    private const double CalculationDisagrees = -0.05;
    // Extractors read the group from the table's band rows; an office row is not a governance plan nor an annex row.
    private const double GroupDisagrees = -0.5;
    // Recent templates fix the governance rows: 1.1.1 integrity, 1.2.1 e-governance/innovation, 1.3.1 grievance,
    // 1.4.1 citizen charter, 1.5.1 right to information (Cabinet Division template; seeds of 2023-24 and 2024-25).
    private const double CodePositionAgrees = 0.25;
    private const double CodePositionDisagrees = -0.1;
    private const double OfficeKindAgrees = 0.03;
    private const double OfficeKindDisagrees = -0.05;

    private readonly IndicatorCatalog catalog;
    private readonly TfIdfSpace space;
    private readonly List<Prototype> prototypes;

    public CanonicalMatcher(IndicatorCatalog catalog, double threshold = DefaultThreshold)
    {
        this.catalog = catalog;
        Threshold = threshold;
        var active = catalog.ActiveEntries.ToList();
        space = new TfIdfSpace(active.SelectMany(e => e.AllNames().Concat(e.AllActivities())).Select(IndicatorText.Normalize));
        prototypes = active.Select(e => new Prototype(
            e,
            e.AllNames().Select(n => space.Vectorize(IndicatorText.Normalize(n))).Where(v => !v.IsEmpty).ToList(),
            e.AllActivities().Select(a => space.Vectorize(IndicatorText.Normalize(a))).Where(v => !v.IsEmpty).ToList()))
            .ToList();
    }

    public double Threshold { get; }

    public IndicatorCatalog Catalog => catalog;

    /// <summary>The matcher over the repo's curated catalog (<see cref="CatalogLocator.FindDefault"/>).</summary>
    public static CanonicalMatcher LoadDefault() => new(CatalogLocator.LoadDefault());

    public ApaDocument Process(ApaDocument document)
    {
        var officeKind = OfficeKindDetector.Detect(document.Agreement, catalog.OfficeKinds);
        var indicators = document.Indicators
            .Select(i => i with { CanonicalId = Match(MatchQuery.From(i, officeKind)).Id })
            .ToList();
        return document with { Indicators = indicators };
    }

    public CanonicalMatch Match(MatchQuery query)
    {
        var ranked = Rank(query, 1);
        if (ranked.Count > 0 && ranked[0].Score >= Threshold)
        {
            return new CanonicalMatch(catalog.Resolve(ranked[0].Entry.Id), ranked[0].Score, false, ranked[0].Entry.Id);
        }

        var provisional = catalog.Resolve(ProvisionalId.For(query.Name, query.Activity));
        return new CanonicalMatch(
            provisional,
            ranked.Count > 0 ? ranked[0].Score : 0,
            ProvisionalId.IsProvisional(provisional),
            ranked.Count > 0 ? ranked[0].Entry.Id : null);
    }

    /// <summary>The best <paramref name="count"/> entries with their scores, best first (ties by id).</summary>
    public IReadOnlyList<(CatalogEntry Entry, double Score)> Rank(MatchQuery query, int count)
    {
        var name = space.Vectorize(IndicatorText.Normalize(query.Name));
        var activity = space.Vectorize(IndicatorText.Normalize(query.Activity));
        if (name.IsEmpty && activity.IsEmpty)
        {
            return [];
        }

        return prototypes
            .Select(p => (p.Entry, Score: Score(p, name, activity, query)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Entry.Id, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    /// <summary>Text similarity of the query to one entry: best name wording, best activity wording (0 when either side has none).</summary>
    public (double Name, double Activity) TextSimilarity(MatchQuery query, string entryId)
    {
        var p = prototypes.FirstOrDefault(x => x.Entry.Id == entryId);
        if (p is null)
        {
            return (0, 0);
        }

        var name = space.Vectorize(IndicatorText.Normalize(query.Name));
        var activity = space.Vectorize(IndicatorText.Normalize(query.Activity));
        return (Best(name, p.Names), Best(activity, p.Activities));
    }

    private static double Score(Prototype p, TextVector name, TextVector activity, MatchQuery query)
    {
        var nameSim = Best(name, p.Names);
        double text;
        if (p.Activities.Count > 0 && !activity.IsEmpty)
        {
            text = (NameShare * nameSim) + ((1 - NameShare) * Best(activity, p.Activities));
        }
        else if (name.IsEmpty)
        {
            // A row whose name was lost: the activity alone, compared with names and activities.
            text = Math.Max(Best(activity, p.Activities), Best(activity, p.Names)) * NameShare;
        }
        else
        {
            text = nameSim;
        }

        return text + Adjustments(p.Entry, query);
    }

    private static double Adjustments(CatalogEntry entry, MatchQuery query)
    {
        double score = 0;
        if (Known(entry.Unit) && Known(query.Unit))
        {
            score += entry.Unit == query.Unit ? UnitAgrees : UnitDisagrees;
        }

        if (entry.Calculation is not null && query.Calculation is not null)
        {
            score += entry.Calculation == query.Calculation ? CalculationAgrees : CalculationDisagrees;
        }

        if (query.Group is not null && !GroupsCompatible(entry.Group, query.Group))
        {
            score += GroupDisagrees;
        }

        if (entry.TypicalCode is not null && query.Code is not null && query.Group is null or Groups.Governance)
        {
            score += query.Code == entry.TypicalCode ? CodePositionAgrees : CodePositionDisagrees;
        }

        if (entry.OfficeKinds.Count > 0 && query.OfficeKind is not null)
        {
            score += entry.OfficeKinds.Contains(query.OfficeKind, StringComparer.Ordinal) ? OfficeKindAgrees : OfficeKindDisagrees;
        }

        return score;
    }

    private static bool Known(string? unit) => unit is not null and not Units.Other;

    // Plan items (annex 4-8 rows) sat in section 3's governance area in older templates.
    private static bool GroupsCompatible(string entryGroup, string queryGroup) =>
        entryGroup == queryGroup || (entryGroup == CatalogGroups.Plan && queryGroup == Groups.Governance);

    private static double Best(TextVector query, List<TextVector> candidates)
    {
        double best = 0;
        foreach (var c in candidates)
        {
            best = Math.Max(best, TfIdfSpace.Similarity(query, c));
        }

        return best;
    }

    private sealed record Prototype(CatalogEntry Entry, List<TextVector> Names, List<TextVector> Activities);
}
