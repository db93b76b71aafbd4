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

    internal static void Reset() => Volatile.Write(ref current, new ClusterCosts());

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
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        var key = (a.Id, b.Id); // not a packed long: long.GetHashCode folds the halves together (a ^ b), a bucket per xor
        return substitutions.TryGetValue(key, out var cost) ? cost : substitutions.GetOrAdd(key, OcrConfusion.Cluster(a.Text, b.Text));
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
