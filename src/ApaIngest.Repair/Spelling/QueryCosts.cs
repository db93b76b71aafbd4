namespace ApaIngest.Repair.Spelling;

/// <summary>
/// One query word's substitution, split and merge costs against the clusters of its candidates, memoised for one
/// candidate search: a delete-index lookup gives a 2–3-cluster word 1,000–3,000 candidates built from a few hundred
/// distinct clusters, so almost every DP cell becomes an array read instead of a shared-dictionary lookup. Every value is
/// the one <see cref="ClusterCosts"/> gives. One instance per thread (<see cref="For"/>); not thread-safe itself.
/// </summary>
public sealed class QueryCosts
{
    private const double Unknown = -1; // costs are ≥ 0 or NaN

    [ThreadStatic]
    private static QueryCosts? perThread;

    private readonly List<double[]> rows = []; // by cluster id c, row i: Substitute(query[i], c); n + i: Split(c, query[i - 1], query[i]); 2n + i: whether query[i] can split into c + another
    private readonly List<(int Row, int Id)> touched = [];
    private readonly Dictionary<(int, int, int), double> splits = [];
    private ClusterCosts costs = ClusterCosts.Current;
    private ClusterInfo[] query = [];

    /// <summary>This thread's instance, emptied and set to <paramref name="queryClusters"/> (interned in <paramref name="table"/>).</summary>
    public static QueryCosts For(ClusterCosts table, ClusterInfo[] queryClusters)
    {
        var q = perThread ??= new QueryCosts();
        q.Begin(table, queryClusters);
        return q;
    }

    private void Begin(ClusterCosts table, ClusterInfo[] queryClusters)
    {
        foreach (var (row, id) in touched)
        {
            rows[row][id] = Unknown;
        }

        touched.Clear();
        splits.Clear();
        costs = table;
        query = queryClusters;
    }

    /// <summary><see cref="ClusterCosts.MinSubstitute"/> of the table in use.</summary>
    public double MinSubstitute => costs.MinSubstitute;

    /// <summary><see cref="ClusterCosts.Substitute"/>(query[i], b).</summary>
    public double Substitute(int i, ClusterInfo b)
    {
        var a = query[i];
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        var row = Row(i, b.Id);
        var cost = row[b.Id];
        if (cost == Unknown)
        {
            cost = costs.SubstituteUnmemoised(a, b);
            row[b.Id] = cost;
            touched.Add((i, b.Id));
        }

        return cost;
    }

    /// <summary><see cref="ClusterCosts.Split"/>(query[i], first, second): the query's cluster read as two of the candidate's.</summary>
    public double Split(int i, ClusterInfo first, ClusterInfo second)
    {
        var whole = query[i];
        if (!whole.HasHasanta && !first.HasHasanta)
        {
            return double.NaN;
        }

        var prefixRow = Row((2 * query.Length) + i, first.Id);
        var possible = prefixRow[first.Id];
        if (possible == Unknown)
        {
            possible = OcrConfusion.SplitPossible(whole.Text, first.Text) ? 1 : 0;
            prefixRow[first.Id] = possible;
            touched.Add(((2 * query.Length) + i, first.Id));
        }

        if (possible == 0)
        {
            return double.NaN;
        }

        var key = (i, first.Id, second.Id);
        if (!splits.TryGetValue(key, out var cost))
        {
            cost = OcrConfusion.Split(whole.Text, first.Text, second.Text);
            splits[key] = cost;
        }

        return cost;
    }

    /// <summary><see cref="ClusterCosts.Split"/>(whole, query[i - 1], query[i]): two of the query's clusters read for one of the candidate's.</summary>
    public double Merge(int i, ClusterInfo whole)
    {
        var first = query[i - 1];
        if (!whole.HasHasanta && !first.HasHasanta)
        {
            return double.NaN;
        }

        var rowIndex = query.Length + i;
        var row = Row(rowIndex, whole.Id);
        var cost = row[whole.Id];
        if (cost == Unknown)
        {
            cost = OcrConfusion.Split(whole.Text, first.Text, query[i].Text);
            row[whole.Id] = cost;
            touched.Add((rowIndex, whole.Id));
        }

        return cost;
    }

    private double[] Row(int index, int id)
    {
        while (rows.Count <= index)
        {
            rows.Add([]);
        }

        var row = rows[index];
        if (id >= row.Length)
        {
            var old = row.Length;
            Array.Resize(ref row, Math.Max(id + 1, Math.Max(1024, old * 2)));
            row.AsSpan(old).Fill(Unknown);
            rows[index] = row;
        }

        return row;
    }
}
