using System.Collections.Concurrent;

namespace ApaIngest.Repair.Spelling;

/// <summary>
/// The <see cref="OcrConfusion"/> costs memoised per interned cluster, for the hot loop of <see cref="ConfusionDistance"/>:
/// a cluster's insert/delete cost and whether it holds a hasanta are computed once, substitution and split costs are
/// cached by cluster ids (no tuple-of-string hashing, no string concatenation per DP cell). Every value is the one
/// <see cref="OcrConfusion"/> returns; a new table is made whenever the learned costs change.
/// </summary>
public sealed class ClusterCosts
{
    private static ClusterCosts current = new();

    private readonly ConcurrentDictionary<string, ClusterInfo> clusters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(int, int), double> substitutions = new();
    private readonly ConcurrentDictionary<(int, int, int), double> splits = new();
    private int nextId;

    /// <summary>The table for the confusion costs in force (replaced by <see cref="OcrConfusion.UseLearned"/>).</summary>
    public static ClusterCosts Current => Volatile.Read(ref current);

    /// <summary>No <see cref="Substitute"/> of two different clusters costs less (the costs in force when the table was made).</summary>
    public double MinSubstitute { get; } = OcrConfusion.MinClusterSubstitute;

    internal static void Reset() => Volatile.Write(ref current, new ClusterCosts());

    /// <summary>Substitution costs among the most common clusters, computed at load: a dense table indexed by rank.</summary>
    private sealed record CommonTable(int[] RankById, int Size, double[] Costs);

    private CommonTable? common;

    /// <summary>
    /// Computes every substitution cost among <paramref name="mostCommon"/> (clusters of this table, most common first) into a
    /// dense table, so that a search meets few first-time costs: the lexicon's common clusters make up most candidates, and
    /// OCR text is mostly made of them too. A load-time step (<c>k</c>² cost computations).
    /// </summary>
    public void PrecomputeCommon(IReadOnlyList<ClusterInfo> mostCommon)
    {
        var size = mostCommon.Count;
        var rankById = new int[mostCommon.Max(c => c.Id) + 1];
        Array.Fill(rankById, -1);
        for (var r = 0; r < size; r++)
        {
            rankById[mostCommon[r].Id] = r;
        }

        var costs = new double[size * size];
        for (var x = 0; x < size; x++)
        {
            for (var y = 0; y < size; y++)
            {
                costs[(x * size) + y] = x == y ? 0 : OcrConfusion.UncachedCluster(mostCommon[x].Text, mostCommon[y].Text);
            }
        }

        Volatile.Write(ref common, new CommonTable(rankById, size, costs));
    }

    public ClusterInfo Info(string cluster) =>
        clusters.TryGetValue(cluster, out var info) ? info : clusters.GetOrAdd(cluster, c => new ClusterInfo(
            Interlocked.Increment(ref nextId), c, OcrConfusion.ClusterInsertDelete(c), c.IndexOf(BanglaClusters.Hasanta) >= 0));

    public ClusterInfo[] Infos(string[] word)
    {
        var result = new ClusterInfo[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            result[i] = Info(word[i]);
        }

        return result;
    }

    /// <summary><see cref="OcrConfusion.Cluster"/>.</summary>
    public double Substitute(ClusterInfo a, ClusterInfo b)
    {
        if (Precomputed(a, b) is { } known)
        {
            return known;
        }

        var key = (a.Id, b.Id); // not a packed long: long.GetHashCode folds the halves together (a ^ b), a bucket per xor
        return substitutions.TryGetValue(key, out var cost) ? cost : substitutions.GetOrAdd(key, OcrConfusion.UncachedCluster(a.Text, b.Text));
    }

    /// <summary>
    /// <see cref="Substitute"/> without memoising a pair outside the common table: for <see cref="QueryCosts"/>, which
    /// memoises per search itself; computing the rare pair again is cheaper than keeping every pair ever met.
    /// </summary>
    public double SubstituteUnmemoised(ClusterInfo a, ClusterInfo b)
    {
        if (Precomputed(a, b) is { } known)
        {
            return known;
        }

        return substitutions.TryGetValue((a.Id, b.Id), out var cost) ? cost : OcrConfusion.UncachedCluster(a.Text, b.Text);
    }

    /// <summary>The cost of a pair that needs no lookup: 0 for one cluster, the common table's entry for two common ones.</summary>
    private double? Precomputed(ClusterInfo a, ClusterInfo b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (common is { } table && a.Id < table.RankById.Length && b.Id < table.RankById.Length)
        {
            var (ra, rb) = (table.RankById[a.Id], table.RankById[b.Id]);
            if (ra >= 0 && rb >= 0)
            {
                return table.Costs[(ra * table.Size) + rb];
            }
        }

        return null;
    }

    /// <summary><see cref="OcrConfusion.Split"/>: NaN at once when neither the whole nor the first part holds a hasanta.</summary>
    public double Split(ClusterInfo whole, ClusterInfo first, ClusterInfo second)
    {
        if (!whole.HasHasanta && !first.HasHasanta)
        {
            return double.NaN;
        }

        var key = (whole.Id, first.Id, second.Id);
        return splits.TryGetValue(key, out var cost) ? cost : splits.GetOrAdd(key, OcrConfusion.Split(whole.Text, first.Text, second.Text));
    }
}
