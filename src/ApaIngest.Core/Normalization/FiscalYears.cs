using System.Globalization;
using System.Text.RegularExpressions;
using ApaIngest.Core.Text;

namespace ApaIngest.Core.Normalization;

/// <summary>Fiscal years (1 July to 30 June) as "YYYY-YY".</summary>
public static partial class FiscalYears
{
    [GeneratedRegex(@"(?<!\d)(\d{4})\s*[\-–—/_]\s*(\d{4}|\d{2})(?!\d)")]
    private static partial Regex YearPair();

    [GeneratedRegex(@"(?<!\d)(19\d{2}|20\d{2})(?!\d)")]
    private static partial Regex FourDigitYear();

    /// <summary>২০২৩-২৪, ২০২৩-২০২৪, 2023-24, ২০২৩/২৪ (anywhere in the text) → "2023-24"; null if there is no consecutive pair.</summary>
    public static string? Parse(string? raw)
    {
        var s = BanglaText.ToAsciiDigits(CellText.Clean(raw));
        foreach (Match m in YearPair().Matches(s))
        {
            var first = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var secondFull = m.Groups[2].Value.Length == 2 ? (first / 100 * 100) + second : second;
            if (m.Groups[2].Value.Length == 2 && secondFull < first)
            {
                secondFull += 100; // 1999-00
            }

            if (secondFull == first + 1)
            {
                return Format(first);
            }
        }

        return null;
    }

    public static string Format(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}-{(startYear + 1) % 100:00}");

    /// <summary>The year that starts in July of <paramref name="startYear"/>.</summary>
    public static int StartYear(string fiscalYear) =>
        int.Parse(fiscalYear.AsSpan(0, 4), CultureInfo.InvariantCulture);

    /// <summary>The fiscal year after/before, e.g. Offset("2023-24", 1) = "2024-25".</summary>
    public static string Offset(string fiscalYear, int years) => Format(StartYear(fiscalYear) + years);

    /// <summary>The cover's period, "জুলাই ১, ২০২৩ - জুন ৩০, ২০২৪" or "১ জুলাই, ২০২৩ - ৩০ জুন, ২০২৪" → "2023-24".</summary>
    public static string? FromDateRange(string? raw)
    {
        if (Parse(raw) is { } direct)
        {
            return direct;
        }

        var s = BanglaText.ToAsciiDigits(CellText.Clean(raw));
        var years = FourDigitYear().Matches(s).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i + 1 < years.Count; i++)
        {
            if (years[i + 1] == years[i] + 1)
            {
                return Format(years[i]);
            }
        }

        // One date only: the fiscal year it falls in.
        var parts = s.Split([" - ", " – ", " থেকে ", " হতে ", " to "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var part in parts)
        {
            if (DateParser.TryParse(part, out var iso))
            {
                return OfDate(DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    /// <summary>The fiscal year a date falls in.</summary>
    public static string OfDate(DateOnly date) => Format(date.Month >= 7 ? date.Year : date.Year - 1);
}
