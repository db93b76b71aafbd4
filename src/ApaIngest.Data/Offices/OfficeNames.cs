using System.Text;
using ApaIngest.Core.Text;

namespace ApaIngest.Data.Offices;

/// <summary>The normal form offices are deduplicated by: NFC Bangla, punctuation as spaces, single spaces, lower-case Latin.</summary>
public static class OfficeNames
{
    /// <summary>NFC and one form of য় ড় ঢ় only, for display parts cut from a name.</summary>
    public static string NormalizeKeepingCommas(string name) => BanglaText.Normalize(name.Trim());

    public static string Normalize(string name)
    {
        var s = BanglaText.Normalize(name.Trim());
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            // "-এর" / "এর" (genitive joined by hyphen) stays part of the word it ends; other punctuation separates words.
            var separator = char.IsWhiteSpace(c) || (char.IsPunctuation(c) && c != '-') || c == '-' || char.IsSymbol(c) || c == '।';
            if (separator)
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
