namespace ApaIngest.Repair.Spelling;

/// <summary>Weighted edit distance between two words as cluster sequences (substitute, insert, delete, swap, split/merge).</summary>
public static class ConfusionDistance
{
    public static double Between(string[] a, string[] b, double limit = double.PositiveInfinity)
    {
        var n = a.Length;
        var m = b.Length;
        if (Math.Abs(n - m) > 3)
        {
            return double.PositiveInfinity;
        }

        var d = new double[n + 1, m + 1];
        for (var i = 1; i <= n; i++)
        {
            d[i, 0] = d[i - 1, 0] + OcrConfusion.ClusterInsertDelete(a[i - 1]);
        }

        for (var j = 1; j <= m; j++)
        {
            d[0, j] = d[0, j - 1] + OcrConfusion.ClusterInsertDelete(b[j - 1]);
        }

        for (var i = 1; i <= n; i++)
        {
            var rowMin = double.PositiveInfinity;
            for (var j = 1; j <= m; j++)
            {
                var best = d[i - 1, j - 1] + OcrConfusion.Cluster(a[i - 1], b[j - 1]);
                best = Math.Min(best, d[i - 1, j] + OcrConfusion.ClusterInsertDelete(a[i - 1]));
                best = Math.Min(best, d[i, j - 1] + OcrConfusion.ClusterInsertDelete(b[j - 1]));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + OcrConfusion.FullEdit);
                }

                if (j > 1)
                {
                    var split = OcrConfusion.Split(a[i - 1], b[j - 2], b[j - 1]);
                    if (!double.IsNaN(split))
                    {
                        best = Math.Min(best, d[i - 1, j - 2] + split);
                    }
                }

                if (i > 1)
                {
                    var merge = OcrConfusion.Split(b[j - 1], a[i - 2], a[i - 1]);
                    if (!double.IsNaN(merge))
                    {
                        best = Math.Min(best, d[i - 2, j - 1] + merge);
                    }
                }

                d[i, j] = best;
                rowMin = Math.Min(rowMin, best);
            }

            if (rowMin > limit)
            {
                return double.PositiveInfinity;
            }
        }

        return d[n, m];
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
