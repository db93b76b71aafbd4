using System.Globalization;

namespace ApaIngest.Data.Loading;

/// <summary>Orders pipeline versions: dotted numbers numerically (0.10 &gt; 0.9), anything else ordinally.</summary>
public static class PipelineVersions
{
    public static int Compare(string a, string b)
    {
        if (TryParse(a, out var va) && TryParse(b, out var vb))
        {
            var byNumber = va.CompareTo(vb);
            return byNumber != 0 ? byNumber : string.CompareOrdinal(a, b);
        }

        return string.CompareOrdinal(a, b);
    }

    private static bool TryParse(string text, out Version version)
    {
        var core = text.TrimStart('v', 'V').Split('+', '-')[0];
        if (!core.Contains('.', StringComparison.Ordinal))
        {
            core += ".0";
        }

        return Version.TryParse(core, out version!) && core.Split('.').All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }
}
