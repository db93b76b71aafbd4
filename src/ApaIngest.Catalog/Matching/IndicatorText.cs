using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ApaIngest.Core.Text;

namespace ApaIngest.Catalog.Matching;

/// <summary>
/// The text that matching compares: repaired Bangla made uniform (BanglaText.Normalize, ASCII digits), codes such as
/// "[১.১.১]" or "১.১.১)" and punctuation removed, zero-width joiners dropped, spaces collapsed.
/// </summary>
public static partial class IndicatorText
{
    // Codes, not content numbers: "[1.1.1]", "[[1.1.1]", "1.1.1)", "1.2", and a leading "1)" or "01." (after digit conversion).
    [GeneratedRegex(@"\[+[0-9.\s]*\]*|(?<![\p{L}\p{M}0-9])[0-9]+(?:\s?\.\s?[0-9]+)+\.?\)?|^\s*[0-9]+[\).]")]
    private static partial Regex CodeRegex();

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var s = BanglaText.ToAsciiDigits(BanglaText.Normalize(text));
        s = s.Replace("\u200C", string.Empty, StringComparison.Ordinal)
            .Replace("\u200D", string.Empty, StringComparison.Ordinal)
            .Replace("\u00AD", string.Empty, StringComparison.Ordinal);
        s = CodeRegex().Replace(s, " ");
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var keep = char.IsLetterOrDigit(c)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            sb.Append(keep ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static string[] Words(string normalized) =>
        normalized.Length == 0 ? [] : normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
