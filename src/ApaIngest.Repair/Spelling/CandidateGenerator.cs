using ApaIngest.Repair.Lexicon;

namespace ApaIngest.Repair.Spelling;

/// <summary>Lexicon words near a token, ranked by OCR-confusion cost, also through common inflection suffixes (মামলার ← মাথলার).</summary>
public sealed class CandidateGenerator(WordLexicon lexicon, DeleteIndex index)
{
    /// <summary>Bangla case/number/determiner endings, longest first (normalised).</summary>
    public static readonly string[] Suffixes =
    [
        "সমূহের", "সমূহে", "গুলোর", "গুলোতে", "গুলির", "দের", "গুলো", "গুলি", "সমূহ", "কারী", "কৃত", "গণের", "গণ", "ের", "এর", "কে", "তে", "রা", "টি", "টা", "র", "ে", "য়", "ও", "ই",
    ];

    public WordLexicon Lexicon => lexicon;

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

    public IReadOnlyList<SpellCandidate> Generate(string word, int max = 10)
    {
        var clusters = BanglaClusters.Split(word);
        var best = new Dictionary<string, SpellCandidate>(StringComparer.Ordinal);
        Collect(clusters, string.Empty, best);
        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = BanglaClusters.Split(word[..^suffix.Length]);
                if (stem.Length >= 2)
                {
                    Collect(stem, suffix, best);
                }
            }
        }

        return [.. best.Values.OrderBy(c => c.Cost).ThenByDescending(c => c.Entry.LogFrequency).ThenBy(c => c.Word, StringComparer.Ordinal).Take(max)];
    }

    private static bool EndsWithSign(string word) => word.Length > 0 && (BanglaClusters.IsVowelSign(word[^1]) || BanglaClusters.IsModifier(word[^1]));

    /// <summary>The lexicon words' clusters interned in the cost table in force (filled as words are first met).</summary>
    private sealed record InternedIndex(ClusterCosts Costs, ClusterInfo[]?[] Words);

    private InternedIndex? interned;

    private InternedIndex Interned()
    {
        var costs = ClusterCosts.Current;
        var snapshot = Volatile.Read(ref interned);
        if (snapshot is null || !ReferenceEquals(snapshot.Costs, costs))
        {
            snapshot = new InternedIndex(costs, new ClusterInfo[index.WordCount][]);
            Volatile.Write(ref interned, snapshot);
        }

        return snapshot;
    }

    private void Collect(string[] clusters, string suffix, Dictionary<string, SpellCandidate> best)
    {
        var table = Interned();
        var costs = table.Costs;
        var query = costs.Infos(clusters);
        foreach (var id in index.Lookup(clusters))
        {
            var candClusters = index.Clusters(id);
            if (Math.Abs(candClusters.Length - clusters.Length) > 2)
            {
                continue;
            }

            var candidate = table.Words[id] ??= costs.Infos(candClusters);
            var cost = ConfusionDistance.Between(query, candidate, MaxCost, costs);
            if (cost > MaxCost || cost == 0)
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

            var edits = ConfusionDistance.ClusterEdits(clusters, candClusters);
            if (!best.TryGetValue(word, out var existing) || existing.Cost > cost)
            {
                best[word] = new SpellCandidate(word, cost, edits, entry);
            }
        }
    }
}
