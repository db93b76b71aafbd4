using ApaIngest.Repair.Lexicon;

namespace ApaIngest.Repair.Spelling;

/// <summary>Lexicon words near a token, ranked by OCR-confusion cost, also through common inflection suffixes (মামলার ← মাথলার).</summary>
public sealed class CandidateGenerator(WordLexicon lexicon, DeleteIndex index)
{
    /// <summary>
    /// Bangla case/number/determiner endings and the postpositions and word-forming endings APAs write joined to a word
    /// (নিরাপত্তাসহ, প্রকল্পসমূহসহ, নিশ্চিতকল্পে, নিষ্পত্তিযোগ্য, চিহ্নিতকরণ, চাহিদাভিত্তিক), longest first (normalised).
    /// </summary>
    public static readonly string[] Suffixes = [.. SuffixesAsWritten().Select(Core.Text.BanglaText.Normalize)];

    // normalised at load (typed text may hold য + nukta where normalised text has the composed য়). The locative -য়
    // (থানায়) is not among them: OCR often drops a final া after য় (লালুয় for লালুয়া), which would then pass for a stem + ending;
    // the lexicons hold the common -য় forms whole.
    private static string[] SuffixesAsWritten() =>
    [
        "সমূহসহ", "গুলোসহ", "ভিত্তিক", "সমূহের", "কল্পে", "যোগ্য", "মূলক", "করণ", "সহ", "সমূহে", "গুলোর", "গুলোতে", "গুলির", "দের", "গুলো", "গুলি", "সমূহ", "কারী", "কৃত", "গণের", "গণ", "ের", "এর", "কে", "তে", "রা", "টি", "টা", "র", "ে", "ও", "ই",
    ];

    /// <summary>Whether one word is the other with one of <see cref="Suffixes"/> added (বাতায়ন/বাতায়নে): two forms of one word.</summary>
    public static bool OtherInflection(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (longer.Length == shorter.Length || !longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return false;
        }

        var tail = longer.AsSpan(shorter.Length);
        foreach (var suffix in Suffixes)
        {
            if (tail.SequenceEqual(suffix))
            {
                return true;
            }
        }

        return false;
    }

    public WordLexicon Lexicon => lexicon;

    public DeleteIndex Index => index;

    public const double MaxCost = 2.0;

    /// <summary>Whether the word is known, or a known stem with an inflection suffix.</summary>
    public bool IsKnown(string word) => lexicon.Contains(word) || KnownStem(word) is not null;

    public string? KnownStem(string word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                if (BanglaClusters.Count(stem) >= 2 && lexicon.Contains(stem))
                {
                    return stem;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the word is two known words of at least two clusters each written together (a compound).</summary>
    public bool IsCompoundOfKnown(string[] clusters)
    {
        for (var cut = 2; cut <= clusters.Length - 2; cut++)
        {
            if (lexicon.Contains(string.Concat(clusters[..cut])) && IsKnown(string.Concat(clusters[cut..])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many near candidates a word gets. 16 fixed one more held-out word at scan resolutions (81.6 % against 81.4 %) but
    /// changed more correct ones and cost a quarter of the model path's speed on the seeds (docs/performance.md).
    /// </summary>
    public const int MaxCandidates = 10;

    public IReadOnlyList<SpellCandidate> Generate(string word, int max = MaxCandidates)
    {
        var clusters = BanglaClusters.Split(word);
        var best = new Dictionary<string, SpellCandidate>(StringComparer.Ordinal);
        var cutoff = new CandidateCutoff(max, MaxCost);
        CollectAll(word, clusters, best, cutoff, deep: false);
        if (clusters.Length >= DeepMinClusters && (best.Count == 0 || best.Values.Min(c => c.Cost) > DeepSearchAbove))
        {
            CollectAll(word, clusters, best, cutoff, deep: true);
        }

        return [.. best.Values.OrderBy(c => c.Cost).ThenByDescending(c => c.Entry.LogFrequency).ThenBy(c => c.Word, StringComparer.Ordinal).Take(max)];
    }

    /// <summary>
    /// The near search (two deletions) found nothing cheaper than this: a word of <see cref="DeepMinClusters"/>+ clusters is
    /// searched again with three deletions (<see cref="DeleteIndex.LookupDeep"/>), for 3-cluster errors in long words.
    /// Chosen on the validation pages (true word among the candidates for 991 of 1521 garbled words; 994 with a deep search
    /// after every search, 941 without deep search) at a fraction of the cost on clean text.
    /// </summary>
    public const double DeepSearchAbove = 1.0;

    /// <summary>The deep search runs for words of at least this many clusters (3-cluster words gained nothing on validation).</summary>
    public const int DeepMinClusters = 4;

    /// <summary>The word itself, then each known inflection suffix's stem, searched with the near (or the deep) keys.</summary>
    private void CollectAll(string word, string[] clusters, Dictionary<string, SpellCandidate> best, CandidateCutoff cutoff, bool deep)
    {
        Collect(clusters, string.Empty, best, cutoff, deep);
        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = BanglaClusters.Split(word[..^suffix.Length]);
                if (stem.Length >= 2)
                {
                    Collect(stem, suffix, best, cutoff, deep);
                }
            }
        }
    }

    private static bool EndsWithSign(string word) => word.Length > 0 && (BanglaClusters.IsVowelSign(word[^1]) || BanglaClusters.IsModifier(word[^1]));

    /// <summary>The lexicon words' clusters interned in the cost table in force (all of them, made at load or when the costs change).</summary>
    private sealed record InternedIndex(ClusterCosts Costs, ClusterInfo[][] Words);

    private InternedIndex? interned;

    [ThreadStatic]
    private static List<int>? hits;

    /// <summary>This thread's buffer for delete-index hits (one search at a time per thread).</summary>
    private static List<int> Hits => hits ??= new List<int>(4096);

    /// <summary>Interns every lexicon word's clusters in the cost table in force now (otherwise done by the first search).</summary>
    public void Prepare() => Interned();

    /// <summary>How many of the lexicon's most common clusters get all their substitution costs computed at load.</summary>
    public const int CommonClusters = 512;

    private static List<ClusterInfo> MostCommon(ClusterInfo[][] words, int count)
    {
        var frequency = new Dictionary<ClusterInfo, int>(ReferenceEqualityComparer.Instance);
        foreach (var word in words)
        {
            foreach (var cluster in word)
            {
                frequency[cluster] = frequency.GetValueOrDefault(cluster) + 1;
            }
        }

        return [.. frequency.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Id).Take(count).Select(kv => kv.Key)];
    }

    private InternedIndex Interned()
    {
        var costs = ClusterCosts.Current;
        var snapshot = Volatile.Read(ref interned);
        if (snapshot is null || !ReferenceEquals(snapshot.Costs, costs))
        {
            var words = new ClusterInfo[index.WordCount][];
            for (var id = 0; id < words.Length; id++)
            {
                words[id] = costs.Infos(index.Clusters(id));
            }

            costs.PrecomputeCommon(MostCommon(words, CommonClusters));
            snapshot = new InternedIndex(costs, words);
            Volatile.Write(ref interned, snapshot);
        }

        return snapshot;
    }

    /// <summary>
    /// Scores the delete-index hits of <paramref name="clusters"/> (+ <paramref name="suffix"/>) into <paramref name="best"/>:
    /// the near keys' hits, or (<paramref name="deep"/>) the hits only a third deletion reaches.
    /// A hit whose distance must exceed the <paramref name="cutoff"/> (the k-th best cost so far) is abandoned early: it could
    /// not be among the <c>k</c> returned, so the result is the same as scoring every hit in full.
    /// </summary>
    private void Collect(string[] clusters, string suffix, Dictionary<string, SpellCandidate> best, CandidateCutoff cutoff, bool deep)
    {
        var table = Interned();
        var costs = table.Costs;
        var query = costs.Infos(clusters);
        var queryCosts = QueryCosts.For(costs, query);
        var hits = Hits;
        if (deep)
        {
            index.LookupDeep(clusters, hits);
        }
        else
        {
            index.Lookup(clusters, hits);
        }

        foreach (var id in hits)
        {
            var candidate = table.Words[id];
            if (Math.Abs(candidate.Length - clusters.Length) > 2)
            {
                continue;
            }

            var limit = cutoff.Limit;
            var cost = ConfusionDistance.Between(query, candidate, MaxCost, limit, queryCosts);
            if (cost > MaxCost || cost > limit || cost == 0)
            {
                continue;
            }

            var stemWord = index.Word(id);
            var word = stemWord + suffix;
            if (suffix.Length > 0 && (!BanglaTokens.IsWellFormed(word) || EndsWithSign(stemWord) && BanglaClusters.IsVowelSign(suffix[0])))
            {
                continue;
            }

            lexicon.TryGet(stemWord, out var entry);
            if (suffix.Length > 0 && lexicon.TryGet(word, out var full))
            {
                entry = full;
            }

            cutoff.Offer(word, cost);
            if (!best.TryGetValue(word, out var existing) || existing.Cost > cost)
            {
                best[word] = new SpellCandidate(word, cost, ConfusionDistance.ClusterEdits(clusters, index.Clusters(id)), entry);
            }
        }
    }
}
