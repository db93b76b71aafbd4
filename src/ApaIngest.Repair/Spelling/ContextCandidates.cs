using ApaIngest.Repair.Lexicon;

namespace ApaIngest.Repair.Spelling;

/// <summary>
/// Candidates a token's context proposes: the words its neighbours are known to stand beside (domain bigrams; a garbled
/// neighbour stands in with its cheapest candidate). They reach real-word errors (ধানায় for থানায় beside সিডিএমএস) and
/// damage beyond two edits (স্ক্রিনিক after কমিউনিটি) that the near search cannot. The classifier decides as for any candidate.
/// </summary>
public sealed class ContextCandidates(CandidateGenerator generator, BigramCounts bigrams)
{
    /// <summary>A word the context proposes is a candidate up to this confusion cost (the near search stops at <see cref="CandidateGenerator.MaxCost"/>).</summary>
    public const double MaxContextCost = 2.5;

    /// <summary>For a token that is itself a known word (a possible real-word error) the proposal must be this close: one cheap confusion.</summary>
    public const double MaxContextCostKnown = 1.0;

    /// <summary>How many of a neighbour's most frequent followers (or predecessors) are proposed.</summary>
    public const int MaxProposalsPerSide = 48;

    public BigramCounts Bigrams => bigrams;

    /// <summary>
    /// The commonest words (this far up the general list: এর, এবং, ও, করে …) stand beside almost anything; the bigram
    /// table, a few thousand domain pairs, says nothing about them, so context never questions them (it once made নওগা-এর
    /// into নওগা-এবং).
    /// </summary>
    public const int FunctionWordRank = 200;

    private bool IsFunctionWord(string word) =>
        generator.Lexicon.TryGet(word, out var entry) && entry.GeneralRank > 0 && entry.GeneralRank <= FunctionWordRank;

    /// <summary>
    /// <paramref name="near"/> (the word's near candidates) plus the words its neighbours' forms are known to stand beside,
    /// by confusion cost, for a word its neighbours do not already vouch for. A known word is never proposed its other
    /// spelling (<see cref="SpellingVariants"/>) or its other inflection (বাতায়নে/বাতায়ন, বিনির্মাণ/বিনির্মাণে): the bigram
    /// table is too small to choose a word's case ending.
    /// </summary>
    public IReadOnlyList<SpellCandidate> Extend(string word, IReadOnlyList<SpellCandidate> near, string[] lefts, string[] rights, bool questionKnownWords)
    {
        if (bigrams.Count == 0 || (lefts.Length == 0 && rights.Length == 0) || BanglaClusters.Count(word) < 2)
        {
            return near;
        }

        if (Support(lefts, word, rights) > 0)
        {
            return near;
        }

        var known = generator.IsKnown(word);
        if (known && (!questionKnownWords || IsFunctionWord(word)))
        {
            return near;
        }

        List<SpellCandidate>? added = null;
        var costs = ClusterCosts.Current;
        var wordClusters = BanglaClusters.Split(word);
        var query = costs.Infos(wordClusters);
        var limit = known ? MaxContextCostKnown : MaxContextCost;
        var maxLengthDelta = known ? 1 : 3;
        void Consider(string proposal)
        {
            var (clusters, infos) = ProposalClusters(proposal, costs);
            if (Math.Abs(clusters.Length - wordClusters.Length) > maxLengthDelta || proposal == word
                || (known && (OtherAtBothEnds(wordClusters, clusters) || SpellingVariants.Same(word, proposal) || CandidateGenerator.OtherInflection(word, proposal)))
                || Holds(near, proposal) || Holds(added, proposal))
            {
                return;
            }

            var cost = ConfusionDistance.Between(query, infos, limit, costs);
            if (cost <= limit && generator.Lexicon.TryGet(proposal, out var entry))
            {
                (added ??= []).Add(new SpellCandidate(proposal, cost, ConfusionDistance.ClusterEdits(wordClusters, clusters), entry, FromContext: true));
            }
        }

        foreach (var left in lefts)
        {
            var followers = bigrams.Followers(left);
            for (var k = 0; k < followers.Count && k < MaxProposalsPerSide; k++)
            {
                Consider(followers[k]);
            }
        }

        foreach (var right in rights)
        {
            var predecessors = bigrams.Predecessors(right);
            for (var k = 0; k < predecessors.Count && k < MaxProposalsPerSide; k++)
            {
                Consider(predecessors[k]);
            }
        }

        return added is null ? near : [.. near.Concat(added).OrderBy(c => c.Cost).ThenBy(c => c.Word, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Proposed words' clusters, interned in the cost table in force (the bigram vocabulary is a few thousand words). Keyed by
    /// the string instance: proposals are the bigram table's own strings, so the lookup needs no hashing of the text.
    /// </summary>
    private (string[] Clusters, ClusterInfo[] Infos) ProposalClusters(string proposal, ClusterCosts costs)
    {
        var table = proposalClusters;
        if (!ReferenceEquals(table.Costs, costs))
        {
            table = new ProposalTable(costs, new(ReferenceEqualityComparer.Instance));
            proposalClusters = table;
        }

        return table.Words.GetOrAdd(proposal, static (w, c) =>
        {
            var clusters = BanglaClusters.Split((string)w);
            return (clusters, c.Infos(clusters));
        }, costs);
    }

    private sealed record ProposalTable(ClusterCosts? Costs, System.Collections.Concurrent.ConcurrentDictionary<object, (string[], ClusterInfo[])> Words);

    private ProposalTable proposalClusters = new(null, new(ReferenceEqualityComparer.Instance));

    /// <summary>
    /// Both the first and the last cluster differ: more than one cheap confusion apart for words of two clusters or more, so
    /// never a real-word error within <see cref="MaxContextCostKnown"/> (a quick test before the distance).
    /// </summary>
    private static bool OtherAtBothEnds(string[] a, string[] b) => a[0] != b[0] && a[^1] != b[^1];

    private static bool Holds(IReadOnlyList<SpellCandidate>? candidates, string word)
    {
        if (candidates is null)
        {
            return false;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Word == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Bigram count of the word with its best-supporting left and right neighbour forms.</summary>
    public (int Left, int Right) SupportOf(string[] lefts, string word, string[] rights) =>
        (lefts.Length == 0 ? 0 : lefts.Max(l => bigrams.Of(l, word)), rights.Length == 0 ? 0 : rights.Max(r => bigrams.Of(word, r)));

    private int Support(string[] lefts, string word, string[] rights)
    {
        var (l, r) = SupportOf(lefts, word, rights);
        return l + r;
    }
}
