using ApaIngest.Core.Text;

namespace ApaIngest.Ocr.Recognition;

/// <summary>What a numeric table cell may contain: digits of one script plus the separators APA values use.</summary>
internal static class NumericText
{
    private const string Separators = ".,%/-:";
    public const string BanglaWhitelist = "০১২৩৪৫৬৭৮৯" + Separators;
    public const string AsciiWhitelist = "0123456789" + Separators;

    public static bool IsNumericChar(char c) => char.IsAsciiDigit(c) || BanglaText.IsBanglaDigit(c) || Separators.Contains(c);

    /// <summary>At least one digit and nothing but digits, separators and at most one stray letter (a misread digit).</summary>
    public static bool LooksNumeric(string text)
    {
        var compact = text.Where(c => !char.IsWhiteSpace(c)).ToList();
        var digits = compact.Count(c => char.IsAsciiDigit(c) || BanglaText.IsBanglaDigit(c));
        var other = compact.Count(c => !IsNumericChar(c));
        return digits > 0 && other <= Math.Max(0, (compact.Count - 1) / 4) && other <= 1;
    }

    /// <summary>Bangla digits unless ASCII digits clearly dominate (APAs are written with Bangla digits).</summary>
    public static string WhitelistFor(string text)
    {
        var bangla = text.Count(BanglaText.IsBanglaDigit);
        var ascii = text.Count(char.IsAsciiDigit);
        return ascii > bangla * 2 ? AsciiWhitelist : BanglaWhitelist;
    }

    /// <summary>A short value read as Latin letters only, in a Bangla table often a misread Bangla number (`৮০` read as `bo`).</summary>
    public static bool MaybeMisreadNumber(string text, bool banglaDigitsExpected = false) =>
        text.Length is > 0 and <= 8 && !text.Any(BanglaText.IsBangla) &&
        (text.Any(c => char.IsAsciiLetter(c) || (!char.IsAsciiDigit(c) && !char.IsWhiteSpace(c) && !Separators.Contains(c))) ||
         (banglaDigitsExpected && text.Any(char.IsAsciiDigit)));

    /// <summary>Whether the page writes its numbers in Bangla digits (most APAs): then a lone ASCII digit is a misreading.</summary>
    public static bool PrefersBanglaDigits(IEnumerable<string> words) => BanglaText.MostlyBanglaDigits(words);

    /// <summary>Mixed Bangla and ASCII digits in one value is the classic misreading (`১০০` read as `1০০`).</summary>
    public static bool HasMixedDigits(string text) => text.Any(BanglaText.IsBanglaDigit) && text.Any(char.IsAsciiDigit);
}
