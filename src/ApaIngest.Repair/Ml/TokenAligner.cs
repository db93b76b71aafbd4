namespace ApaIngest.Repair.Ml;

/// <summary>
/// Aligns OCR tokens with the true tokens of the same text by edit distance over token sequences (substitution cost =
/// normalised character edit distance), so each OCR token gets the true token it stands for, or none.
/// </summary>
public static class TokenAligner
{
    public const double MaxPairDistance = 0.6;

    /// <summary>For each OCR token, the index of its true token or -1.</summary>
    public static int[] Align(IReadOnlyList<string> ocr, IReadOnlyList<string> truth)
    {
        int n = ocr.Count, m = truth.Count;
        var d = new double[n + 1, m + 1];
        var back = new byte[n + 1, m + 1];
        for (var i = 1; i <= n; i++)
        {
            d[i, 0] = i;
            back[i, 0] = 1;
        }

        for (var j = 1; j <= m; j++)
        {
            d[0, j] = j;
            back[0, j] = 2;
        }

        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var sub = d[i - 1, j - 1] + (2 * Distance(ocr[i - 1], truth[j - 1]));
                var del = d[i - 1, j] + 1;
                var ins = d[i, j - 1] + 1;
                if (sub <= del && sub <= ins)
                {
                    d[i, j] = sub;
                    back[i, j] = 0;
                }
                else if (del <= ins)
                {
                    d[i, j] = del;
                    back[i, j] = 1;
                }
                else
                {
                    d[i, j] = ins;
                    back[i, j] = 2;
                }
            }
        }

        var result = Enumerable.Repeat(-1, n).ToArray();
        int a = n, b = m;
        while (a > 0 || b > 0)
        {
            switch (back[a, b])
            {
                case 0:
                    if (Distance(ocr[a - 1], truth[b - 1]) <= MaxPairDistance)
                    {
                        result[a - 1] = b - 1;
                    }

                    a--;
                    b--;
                    break;
                case 1:
                    a--;
                    break;
                default:
                    b--;
                    break;
            }
        }

        return result;
    }

    /// <summary>Levenshtein distance over characters divided by the longer length (0 same, 1 nothing in common).</summary>
    public static double Distance(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 1;
        }

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

        return prev[b.Length] / (double)Math.Max(a.Length, b.Length);
    }
}
