using System.Text.RegularExpressions;
using ApaIngest.Core.Text;

namespace ApaIngest.Pdf.Tests;

/// <summary>1 − Levenshtein(expected, actual) / |expected| over NFC text with every whitespace run (line breaks, form
/// feeds) made one space: the measure of docs/accuracy.md's text-layer section.</summary>
internal static partial class CharacterAccuracy
{
    public static string NormalizeWhitespace(string text) =>
        Whitespace().Replace(BanglaText.Normalize(text), " ").Trim();

    public static string WithoutWhitespace(string text) => Whitespace().Replace(text, "");

    public static double Of(string expected, string actual)
    {
        var e = NormalizeWhitespace(expected);
        var a = NormalizeWhitespace(actual);
        return e.Length == 0 ? (a.Length == 0 ? 1 : 0) : 1 - ((double)Distance(e, a) / e.Length);
    }

    public static int Distance(string a, string b)
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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
