namespace ApaIngest.Repair.Lexicon;

/// <summary>
/// Counts of adjacent domain-word pairs (lexicon/apa-bigrams.tsv), with each word's followers and predecessors for
/// proposing the word a context expects. Immutable once loaded; <see cref="Without"/> gives a copy with some text taken out.
/// </summary>
public sealed class BigramCounts
{
    private readonly Dictionary<(string Left, string Right), int> counts;
    private readonly Dictionary<string, string[]> followers;
    private readonly Dictionary<string, string[]> predecessors;

    public BigramCounts(IEnumerable<KeyValuePair<(string Left, string Right), int>> pairs)
    {
        counts = pairs.Where(kv => kv.Value > 0).ToDictionary(kv => kv.Key, kv => kv.Value);
        followers = Neighbours(counts, right: true);
        predecessors = Neighbours(counts, right: false);
    }

    public static readonly BigramCounts Empty = new([]);

    public int Count => counts.Count;

    public IEnumerable<KeyValuePair<(string Left, string Right), int>> Pairs => counts;

    public int Of(string left, string right) => counts.TryGetValue((left, right), out var n) ? n : 0;

    /// <summary>Words seen right after <paramref name="left"/>, most frequent first.</summary>
    public IReadOnlyList<string> Followers(string left) => followers.TryGetValue(left, out var f) ? f : [];

    /// <summary>Words seen right before <paramref name="right"/>, most frequent first.</summary>
    public IReadOnlyList<string> Predecessors(string right) => predecessors.TryGetValue(right, out var p) ? p : [];

    /// <summary>
    /// These counts less the pairs of <paramref name="lines"/> (counted as the lexicon builder counts them: per tab-separated
    /// cell, consecutive Bangla words): for measuring on text as if it had never been seen.
    /// </summary>
    public BigramCounts Without(IEnumerable<string> lines)
    {
        var left = new Dictionary<(string, string), int>(counts);
        foreach (var (a, b) in PairsIn(lines))
        {
            if (left.TryGetValue((a, b), out var n))
            {
                left[(a, b)] = n - 1;
            }
        }

        return new BigramCounts(left);
    }

    /// <summary>Consecutive Bangla words of each tab-separated cell of each line.</summary>
    public static IEnumerable<(string Left, string Right)> PairsIn(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            foreach (var cell in line.Split('\t'))
            {
                string? previous = null;
                foreach (var word in BanglaTokens.Words(cell))
                {
                    if (previous is not null)
                    {
                        yield return (previous, word);
                    }

                    previous = word;
                }
            }
        }
    }

    private static Dictionary<string, string[]> Neighbours(Dictionary<(string Left, string Right), int> counts, bool right) =>
        counts.GroupBy(kv => right ? kv.Key.Left : kv.Key.Right, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(kv => kv.Value).ThenBy(kv => right ? kv.Key.Right : kv.Key.Left, StringComparer.Ordinal)
                    .Select(kv => right ? kv.Key.Right : kv.Key.Left).ToArray(),
                StringComparer.Ordinal);
}
