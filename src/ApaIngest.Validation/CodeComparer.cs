using System.Globalization;

namespace ApaIngest.Validation;

/// <summary>Orders codes numerically per part: 1.2.1 before 1.10.1.</summary>
internal sealed class CodeComparer : IComparer<string>
{
    public static readonly CodeComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? string.Empty).Split('.');
        var b = (y ?? string.Empty).Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = int.TryParse(a[i], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                && int.TryParse(b[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? m.CompareTo(n)
                : string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
