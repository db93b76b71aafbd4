namespace ApaIngest.Repair.Spelling;

/// <summary>Weighted edit distance between two words as cluster sequences (substitute, insert, delete, swap, split/merge).</summary>
public static class ConfusionDistance
{
    public static double Between(string[] a, string[] b, double limit = double.PositiveInfinity)
    {
        if (Math.Abs(a.Length - b.Length) > 3)
        {
            return double.PositiveInfinity;
        }

        var costs = ClusterCosts.Current;
        return Between(costs.Infos(a), costs.Infos(b), limit, costs);
    }

    /// <summary>
    /// <see cref="Between(string[], string[], double)"/> over clusters interned in <paramref name="costs"/>: the same
    /// recurrence and the same additions in the same order (so the same result to the bit), on three rolling rows.
    /// </summary>
    public static double Between(ClusterInfo[] a, ClusterInfo[] b, double limit, ClusterCosts costs)
    {
        var n = a.Length;
        var m = b.Length;
        if (Math.Abs(n - m) > 3)
        {
            return double.PositiveInfinity;
        }

        var width = m + 1;
        Span<double> rows = width <= 64 ? stackalloc double[3 * width] : new double[3 * width];
        var older = rows[..width]; // row i - 2
        var prev = rows.Slice(width, width); // row i - 1
        var cur = rows.Slice(2 * width, width); // row i
        prev[0] = 0;
        for (var j = 1; j <= m; j++)
        {
            prev[j] = prev[j - 1] + b[j - 1].InsertDelete;
        }

        for (var i = 1; i <= n; i++)
        {
            var ai = a[i - 1];
            var aiCost = ai.InsertDelete;
            cur[0] = prev[0] + aiCost;
            var rowMin = double.PositiveInfinity;
            for (var j = 1; j <= m; j++)
            {
                var bj = b[j - 1];
                var best = prev[j - 1] + costs.Substitute(ai, bj);
                best = Math.Min(best, prev[j] + aiCost);
                best = Math.Min(best, cur[j - 1] + bj.InsertDelete);
                if (i > 1 && j > 1 && ReferenceEquals(ai, b[j - 2]) && ReferenceEquals(a[i - 2], bj))
                {
                    best = Math.Min(best, older[j - 2] + OcrConfusion.FullEdit);
                }

                if (j > 1)
                {
                    var split = costs.Split(ai, b[j - 2], bj);
                    if (!double.IsNaN(split))
                    {
                        best = Math.Min(best, prev[j - 2] + split);
                    }
                }

                if (i > 1)
                {
                    var merge = costs.Split(bj, a[i - 2], ai);
                    if (!double.IsNaN(merge))
                    {
                        best = Math.Min(best, older[j - 1] + merge);
                    }
                }

                cur[j] = best;
                rowMin = Math.Min(rowMin, best);
            }

            if (rowMin > limit)
            {
                return double.PositiveInfinity;
            }

            var recycled = older;
            older = prev;
            prev = cur;
            cur = recycled;
        }

        return prev[m];
    }

    /// <summary>Plain cluster-level edit count (every edit 1), for features.</summary>
    public static int ClusterEdits(string[] a, string[] b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(prev[j] + 1, cur[j - 1] + 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
