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

    /// <summary>
    /// <see cref="Between(ClusterInfo[], ClusterInfo[], double, ClusterCosts)"/> for one query word against many candidates,
    /// over the query's memoised costs (<paramref name="query"/>), giving up early when the result must exceed
    /// <paramref name="prune"/> (≤ <paramref name="limit"/>). Any result ≤ <paramref name="prune"/> is the unpruned one to the
    /// bit; anything above it is only known to be above it (+∞ or a value &gt; <paramref name="prune"/>).
    /// </summary>
    /// <remarks>
    /// Exact prunings. A step that moves to another diagonal (insert, delete, split, merge) costs at least the smallest
    /// insert/delete cost of the two words' clusters or <see cref="OcrConfusion.SplitBase"/>, whichever is less; so a cell's
    /// value plus that much per diagonal away from the last cell is a lower bound of any result through it. (1) A cell
    /// depends only on its own row and the two rows above it: once every cell of the last two rows is above
    /// <paramref name="prune"/> by that bound, so is the result. (2) A cost lookup is skipped when a lower bound of the step
    /// (<see cref="ClusterCosts.MinSubstitute"/>, <see cref="OcrConfusion.SplitBase"/>) makes it no better than the cell's
    /// other steps, or puts it above <paramref name="prune"/> by that bound: cells that can lead to a result ≤
    /// <paramref name="prune"/> stay exact, others can only come out higher. The plain recurrence also gives up when one
    /// row's minimum exceeds <paramref name="limit"/> (a merge or swap can jump over a row, so this may drop a candidate the
    /// full matrix would keep); to keep that behaviour exactly, a row judged on possibly too high cells is only flagged, and
    /// a flagged result ≤ <paramref name="prune"/> is computed again without skipping.
    /// </remarks>
    public static double Between(ClusterInfo[] a, ClusterInfo[] b, double limit, double prune, QueryCosts query)
    {
        var pruned = Between(a, b, limit, prune, query, skip: true);
        return double.IsNaN(pruned) ? Between(a, b, limit, prune, query, skip: false) : pruned;
    }

    private static double Between(ClusterInfo[] a, ClusterInfo[] b, double limit, double prune, QueryCosts query, bool skip)
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

        // every step that changes the diagonal (i - j) costs at least `step`: a cell's value plus `step` per diagonal it
        // is away from the last cell's is a lower bound of any result through it
        var step = OcrConfusion.SplitBase;
        foreach (var x in a)
        {
            step = Math.Min(step, x.InsertDelete);
        }

        foreach (var x in b)
        {
            step = Math.Min(step, x.InsertDelete);
        }

        var bar = prune + Margin;
        var minSubstitute = query.MinSubstitute;
        var prevBound = double.PositiveInfinity;
        for (var j = 0; j <= m; j++)
        {
            prevBound = Math.Min(prevBound, prev[j] + (Math.Abs(n - (m - j)) * step));
        }

        var inexact = false; // a lookup was skipped for being above prune: cells above prune may be too high
        var flagged = false;
        for (var i = 1; i <= n; i++)
        {
            var ai = a[i - 1];
            var aiCost = ai.InsertDelete;
            cur[0] = prev[0] + aiCost;
            var rowMin = double.PositiveInfinity;
            var rowBound = cur[0] + (Math.Abs((n - i) - m) * step);
            for (var j = 1; j <= m; j++)
            {
                var bj = b[j - 1];
                var penalty = Math.Abs((n - i) - (m - j)) * step;
                var best = Math.Min(prev[j] + aiCost, cur[j - 1] + bj.InsertDelete);
                var diagonal = prev[j - 1];
                if (ReferenceEquals(ai, bj))
                {
                    best = Math.Min(best, diagonal + 0.0);
                }
                else if (!skip || Worth(diagonal + minSubstitute, penalty, best, bar, ref inexact))
                {
                    best = Math.Min(best, diagonal + query.Substitute(i - 1, bj));
                }

                if (i > 1 && j > 1 && ReferenceEquals(ai, b[j - 2]) && ReferenceEquals(a[i - 2], bj))
                {
                    best = Math.Min(best, older[j - 2] + OcrConfusion.FullEdit);
                }

                if (j > 1 && (ai.HasHasanta || b[j - 2].HasHasanta))
                {
                    var from = prev[j - 2];
                    if (!skip || Worth(from + OcrConfusion.SplitBase, penalty, best, bar, ref inexact))
                    {
                        var split = query.Split(i - 1, b[j - 2], bj);
                        if (!double.IsNaN(split))
                        {
                            best = Math.Min(best, from + split);
                        }
                    }
                }

                if (i > 1 && (bj.HasHasanta || a[i - 2].HasHasanta))
                {
                    var from = older[j - 1];
                    if (!skip || Worth(from + OcrConfusion.SplitBase, penalty, best, bar, ref inexact))
                    {
                        var merge = query.Merge(i - 1, bj);
                        if (!double.IsNaN(merge))
                        {
                            best = Math.Min(best, from + merge);
                        }
                    }
                }

                cur[j] = best;
                rowMin = Math.Min(rowMin, best);
                rowBound = Math.Min(rowBound, best + penalty);
            }

            if (Math.Min(rowBound, prevBound) > bar)
            {
                return double.PositiveInfinity;
            }

            if (rowMin > limit)
            {
                if (!inexact)
                {
                    return double.PositiveInfinity;
                }

                flagged = true;
            }

            prevBound = rowBound;
            var recycled = older;
            older = prev;
            prev = cur;
            cur = recycled;
        }

        return flagged && prev[m] <= bar ? double.NaN : prev[m];
    }

    /// <summary>Slack on the prune comparisons, so that rounding in the bounds' sums never skips a cell that matters.</summary>
    private const double Margin = 1e-9;

    /// <summary>
    /// Whether a step whose result is at least <paramref name="bound"/> can still matter for the cell: not if the cell's
    /// other steps are as cheap, nor if with the cell's diagonal <paramref name="penalty"/> it exceeds <paramref name="bar"/>
    /// (noted in <paramref name="inexact"/>).
    /// </summary>
    private static bool Worth(double bound, double penalty, double best, double bar, ref bool inexact)
    {
        if (bound >= best)
        {
            return false;
        }

        if (bound + penalty > bar)
        {
            inexact = true;
            return false;
        }

        return true;
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
