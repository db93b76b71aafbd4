using System.Text;
using ApaIngest.Core.Text;

namespace ApaIngest.Core.Normalization;

/// <summary>Cleans a cell's text before any normalisation: NFC (BanglaText), no zero-width joiners, one space between words.</summary>
public static class CellText
{
    public static string Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        var s = BanglaText.Normalize(raw);
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (c is '\u200C' or '\u200D' or '\u200B' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The cleaned text without any spaces or the punctuation that recognition scatters around units and methods.</summary>
    public static string Key(string? raw)
    {
        var s = Clean(raw);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c is '(' or ')' or '[' or ']' or '{' or '}' or '.' or ',' or ':' or ';' or '*' or '\'' or '"' or '|' or '।')
            {
                continue;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
