namespace ApaIngest.Core.Text;

/// <summary>
/// Unit-cost Levenshtein alignment of a recognised sequence with its true one (characters, clusters): every step of one
/// cheapest path, a substitution preferred on ties, then a deletion. Learning OCR confusions (letters, clusters, digits)
/// counts its steps.
/// </summary>
public static class EditAlignment
{
    /// <summary>
    /// The steps from the end back to the start: (read, truth) pairs, equal ones included; <paramref name="gap"/> on one
    /// side is a deletion (read only) or an insertion (truth only). The number of unequal steps is the edit distance.
    /// </summary>
    public static List<(T Read, T Truth)> Backward<T>(IReadOnlyList<T> read, IReadOnlyList<T> truth, T gap)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(truth);
        var eq = EqualityComparer<T>.Default;
        var d = new int[read.Count + 1, truth.Count + 1];
        for (var i = 0; i <= read.Count; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= truth.Count; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= read.Count; i++)
        {
            for (var j = 1; j <= truth.Count; j++)
            {
                var sub = d[i - 1, j - 1] + (eq.Equals(read[i - 1], truth[j - 1]) ? 0 : 1);
                d[i, j] = Math.Min(sub, Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1));
            }
        }

        var steps = new List<(T, T)>(Math.Max(read.Count, truth.Count));
        int x = read.Count, y = truth.Count;
        while (x > 0 || y > 0)
        {
            if (x > 0 && y > 0 && d[x, y] == d[x - 1, y - 1] + (eq.Equals(read[x - 1], truth[y - 1]) ? 0 : 1))
            {
                steps.Add((read[--x], truth[--y]));
            }
            else if (x > 0 && d[x, y] == d[x - 1, y] + 1)
            {
                steps.Add((read[--x], gap));
            }
            else
            {
                steps.Add((gap, truth[--y]));
            }
        }

        return steps;
    }
}
