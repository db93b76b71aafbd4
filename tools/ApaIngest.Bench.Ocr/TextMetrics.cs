using ApaIngest.Core.Text;

namespace ApaIngest.Bench.Ocr;

/// <summary>Character accuracy (1 - Levenshtein / gold length, whitespace ignored) and numeric-token recall.</summary>
internal static class TextMetrics
{
    public static string Canonical(string text) =>
        new(BanglaText.Normalize(text).Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static (int Errors, int Length) CharErrors(string gold, string predicted)
    {
        var g = Canonical(gold);
        var p = Canonical(predicted);
        return (Levenshtein(g, p), g.Length);
    }

    /// <summary>
    /// Reading-order-free character errors: both texts as their words sorted and concatenated, then Levenshtein
    /// (a simplification of the flexible character accuracy of Clausner, Pletschacher and Antonacopoulos 2020): table
    /// pages are read cell by cell by OCR and row by row by the gold, which the plain measure counts as errors.
    /// </summary>
    public static (int Errors, int Length) FlexibleCharErrors(string gold, string predicted)
    {
        static string Sorted(string text) => string.Concat(BanglaText.Normalize(text)
            .Split((char[])[' ', '\n', '\t', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        var g = Sorted(gold);
        return (Levenshtein(g, Sorted(predicted)), g.Length);
    }

    public static IEnumerable<string> NumericTokens(string text) =>
        BanglaText.Normalize(text).Split((char[])[' ', '\n', '\t', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t.Any(c => char.IsAsciiDigit(c) || BanglaText.IsBanglaDigit(c)))
            .Select(t => t.Trim('(', ')', '[', ']', ',', ';', '।'));

    /// <summary>How many of the gold numeric tokens occur among the predicted ones (as multisets).</summary>
    public static (int Found, int Total) NumericRecall(string gold, string predicted)
    {
        var pool = NumericTokens(predicted).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var found = 0;
        var total = 0;
        foreach (var token in NumericTokens(gold))
        {
            total++;
            if (pool.TryGetValue(token, out var n) && n > 0)
            {
                pool[token] = n - 1;
                found++;
            }
        }

        return (found, total);
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
