namespace ApaIngest.Validation.Misreadings;

/// <summary>One step of an alignment: a recognised character and the true one; '\0' on one side is an insertion or a deletion.</summary>
public readonly record struct AlignedChar(char Read, char Truth);

/// <summary>Levenshtein alignment of a recognised cell with its true text, character by character (substitutions preferred on ties).</summary>
public static class CharAlignment
{
    public static IReadOnlyList<AlignedChar> Align(string read, string truth)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(truth);
        var d = Distances(read, truth);
        var steps = new List<AlignedChar>(Math.Max(read.Length, truth.Length));
        int i = read.Length, j = truth.Length;
        while (i > 0 || j > 0)
        {
            if (i > 0 && j > 0 && d[i, j] == d[i - 1, j - 1] + (read[i - 1] == truth[j - 1] ? 0 : 1))
            {
                steps.Add(new AlignedChar(read[--i], truth[--j]));
            }
            else if (i > 0 && d[i, j] == d[i - 1, j] + 1)
            {
                steps.Add(new AlignedChar(read[--i], '\0'));
            }
            else
            {
                steps.Add(new AlignedChar('\0', truth[--j]));
            }
        }

        steps.Reverse();
        return steps;
    }

    private static int[,] Distances(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var sub = d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                d[i, j] = Math.Min(sub, Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1));
            }
        }

        return d;
    }
}
