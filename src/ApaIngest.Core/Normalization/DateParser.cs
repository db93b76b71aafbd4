using System.Globalization;
using System.Text.RegularExpressions;
using ApaIngest.Core.Text;

namespace ApaIngest.Core.Normalization;

/// <summary>Dates as APAs write them (dd.mm.yy, dd-mm-yy, dd/mm/yyyy, ৩০ জুন ২০২৪, জুন ৩০, ২০২৪, ISO) → ISO yyyy-mm-dd.</summary>
public static partial class DateParser
{
    // Bangla and English month names with the spellings seen in APAs (ী/ি, স্ট/ষ্ট vary).
    private static readonly (string Prefix, int Month)[] MonthNames =
    [
        ("জানু", 1), ("ফেব্রু", 2), ("ফেব", 2), ("মার্চ", 3), ("মার্", 3), ("এপ্রি", 4), ("এপ্রিল", 4), ("মে", 5),
        ("জুন", 6), ("জুলা", 7), ("আগ", 8), ("সেপ্টে", 9), ("সেপ্ট", 9), ("অক্টো", 10), ("অক্ট", 10), ("নভে", 11), ("ডিসে", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("oct", 10), ("nov", 11), ("dec", 12),
    ];

    [GeneratedRegex(@"^(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{2}|\d{4})$")]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex(@"^(\d{4})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{1,2})$")]
    private static partial Regex NumericYearFirst();

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)?\s*[\-/ ]?\s*([^\d\s,./\-]+)\s*[,\-/ ]?\s*(\d{2}|\d{4})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^([^\d\s,./\-]+)\s*[\-/ ]?\s*(\d{1,2})\s*,?\s*[\-/ ]?\s*(\d{2}|\d{4})$")]
    private static partial Regex MonthDayYear();

    public static bool TryParse(string? raw, out string iso)
    {
        iso = string.Empty;
        var s = BanglaText.ToAsciiDigits(CellText.Clean(raw)).Trim().TrimEnd('*', '।', '.', ',').Trim();
        if (s.Length == 0)
        {
            return false;
        }

        var m = NumericDayFirst().Match(s);
        if (m.Success)
        {
            return TryBuild(Year(m.Groups[3].Value), Int(m.Groups[2].Value), Int(m.Groups[1].Value), out iso);
        }

        m = NumericYearFirst().Match(s);
        if (m.Success)
        {
            return TryBuild(Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value), out iso);
        }

        // A date wrapped inside its cell ("১৬-১২-২০ ২১"): digits and separators only, the spaces are layout.
        if (s.Contains(' ', StringComparison.Ordinal) && s.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '/' or '-'))
        {
            m = NumericDayFirst().Match(s.Replace(" ", string.Empty, StringComparison.Ordinal));
            if (m.Success)
            {
                return TryBuild(Year(m.Groups[3].Value), Int(m.Groups[2].Value), Int(m.Groups[1].Value), out iso);
            }
        }

        m = DayMonthYear().Match(s);
        if (m.Success && MonthOf(m.Groups[2].Value) is { } month1)
        {
            return TryBuild(Year(m.Groups[3].Value), month1, Int(m.Groups[1].Value), out iso);
        }

        m = MonthDayYear().Match(s);
        if (m.Success && MonthOf(m.Groups[1].Value) is { } month2)
        {
            return TryBuild(Year(m.Groups[3].Value), month2, Int(m.Groups[2].Value), out iso);
        }

        return false;
    }

    /// <summary>The month of a Bangla or English month name, tolerating the usual spelling variants; null if none.</summary>
    public static int? MonthOf(string name)
    {
        var key = CellText.Key(name).TrimEnd('-', '/');
        if (key.Length == 0)
        {
            return null;
        }

        if (key == "মে" || key == "may")
        {
            return 5;
        }

        foreach (var (prefix, month) in MonthNames)
        {
            if (prefix.Length >= 2 && prefix != "মে" && key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return month;
            }
        }

        return null;
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    // Two-digit years in APAs are always this century (the programme began in 2014-15).
    private static int Year(string digits) => digits.Length == 2 ? 2000 + Int(digits) : Int(digits);

    private static bool TryBuild(int year, int month, int day, out string iso)
    {
        iso = string.Empty;
        if (year is < 1971 or > 2099 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        iso = new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }
}
