namespace ApaIngest.Repair.TextLayer;

/// <summary>Font-name facts the repairer needs: legacy (Bijoy/ANSI) Bangla fonts and common Latin fonts.</summary>
public static class LegacyFonts
{
    // Bijoy-era ANSI fonts: Mustafa Jabbar's "MJ" family and other families typed with the Bijoy layout.
    private static readonly string[] LegacyFamilies = ["sutonny", "bijoy", "sulekha", "chandrabati", "tonni", "lino", "bangsee"];

    private static readonly string[] LatinFamilies =
        ["times", "arial", "calibri", "cambria", "helvetica", "verdana", "tahoma", "courier", "georgia", "garamond", "symbol", "wingdings", "segoe", "liberation", "dejavu"];

    /// <summary>"ABCDEF+SutonnyMJ-Bold" → "SutonnyMJ-Bold" (PDF subset tag: six capitals and a plus).</summary>
    public static string StripSubsetPrefix(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        return name.Length > 7 && name[6] == '+' && name[..6].All(char.IsAsciiLetterUpper) ? name[7..] : name;
    }

    /// <summary>"ABCDEF+SutonnyMJ-Bold" / "SutonnyMJ,Bold" → "SutonnyMJ".</summary>
    public static string Family(string? name)
    {
        var n = StripSubsetPrefix(name);
        var cut = n.IndexOfAny(['-', ',', ' ']);
        return cut > 0 ? n[..cut] : n;
    }

    /// <summary>SutonnyMJ, SulekhaMJ, AnandaMJ ... (a family ending in MJ, or a known Bijoy family without "Unicode").</summary>
    public static bool IsLegacy(string? name)
    {
        var family = Family(name);
        if (family.Length == 0)
        {
            return false;
        }

        if (family.EndsWith("MJ", StringComparison.Ordinal))
        {
            return true;
        }

        var lower = family.ToLowerInvariant();
        return LegacyFamilies.Any(f => lower.StartsWith(f, StringComparison.Ordinal)) && !lower.Contains("unicode", StringComparison.Ordinal);
    }

    public static bool IsKnownLatin(string? name)
    {
        var lower = Family(name).ToLowerInvariant();
        return lower.Length > 0 && LatinFamilies.Any(f => lower.StartsWith(f, StringComparison.Ordinal));
    }
}
