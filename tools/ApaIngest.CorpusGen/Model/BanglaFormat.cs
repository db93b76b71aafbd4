using System.Globalization;
using ApaIngest.Core.Text;

namespace ApaIngest.CorpusGen.Model;

/// <summary>How APAs print numbers and dates: Bangla digits, Indian digit grouping, the seeds' date formats.</summary>
public static class BanglaFormat
{
    public static string Digits(string ascii) => BanglaText.ToBanglaDigits(ascii);

    public static string Int(long n, bool grouped = false) => Digits(grouped ? IndianGrouping(n) : n.ToString(CultureInfo.InvariantCulture));

    public static string Fixed(double v, int decimals) => Digits(v.ToString("F" + decimals, CultureInfo.InvariantCulture));

    /// <summary>12,34,567: the last three digits, then groups of two.</summary>
    public static string IndianGrouping(long n)
    {
        var s = Math.Abs(n).ToString(CultureInfo.InvariantCulture);
        if (s.Length <= 3)
        {
            return (n < 0 ? "-" : "") + s;
        }

        var head = s[..^3];
        var parts = new List<string>();
        while (head.Length > 2)
        {
            parts.Insert(0, head[^2..]);
            head = head[..^2];
        }

        parts.Insert(0, head);
        return (n < 0 ? "-" : "") + string.Join(",", parts) + "," + s[^3..];
    }

    /// <summary>Date formats seen in the seeds: ৩০/০৬/২০২৪, ১৫.০৪.২৪, ২৮/০৪/২৪, ১৮-১০-২০২৪, ৩০.০৬.২০২৪.</summary>
    public static readonly string[] DateFormats = ["dd/MM/yyyy", "dd.MM.yy", "dd/MM/yy", "dd-MM-yyyy", "dd.MM.yyyy"];

    public static string Date(DateOnly d, string format) => Digits(d.ToString(format, CultureInfo.InvariantCulture));

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2023-24".</summary>
    public static string FiscalYear(int start) => $"{start}-{(start + 1) % 100:D2}";

    /// <summary>২০২৩-২৪ or ২০২৩-২০২৪, as headers print them.</summary>
    public static string FiscalYearBn(int start, bool longForm) =>
        Digits(longForm ? $"{start}-{start + 1}" : FiscalYear(start));

    private static readonly string[] MonthsBn = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"];

    public static string MonthBn(int month) => BanglaText.Normalize(MonthsBn[month - 1]);
}
