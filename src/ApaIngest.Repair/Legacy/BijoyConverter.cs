using System.Text;
using ApaIngest.Core.Text;
using static ApaIngest.Repair.Legacy.BanglaLetters;

namespace ApaIngest.Repair.Legacy;

/// <summary>
/// SutonnyMJ/Bijoy ANSI text (what a PDF text layer in a Bijoy font reports) → Unicode Bangla in logical order.
/// Steps: glyph map (longest key first) → reph (©, written after its cluster) moved before the cluster →
/// pre-base vowel signs (ি ে ৈ, written before the cluster) moved after it, with ে…া / ে…ৗ joined to ো / ৌ →
/// ঁ before a vowel sign moved after it → ঃ between digits read as a colon (times, ratios) → NFC via <see cref="BanglaText"/>.
/// Characters that are not in the map (spaces, ASCII punctuation, Unicode Bangla) pass through unchanged.
/// </summary>
public static class BijoyConverter
{
    private static readonly int MaxKeyLength = BijoyGlyphs.ToUnicode.Keys.Max(k => k.Length);

    public static string ToUnicode(string bijoy)
    {
        ArgumentNullException.ThrowIfNull(bijoy);
        if (!bijoy.Any(BanglaText.IsBangla))
        {
            return ConvertRun(bijoy);
        }

        // Tokens already in Unicode Bangla (a mixed line) pass through untouched.
        var sb = new StringBuilder(bijoy.Length * 2);
        var start = 0;
        for (var i = 0; i <= bijoy.Length; i++)
        {
            if (i == bijoy.Length || char.IsWhiteSpace(bijoy[i]))
            {
                var token = bijoy[start..i];
                sb.Append(token.Any(BanglaText.IsBangla) ? token : ConvertRun(token));
                if (i < bijoy.Length)
                {
                    sb.Append(bijoy[i]);
                }

                start = i + 1;
            }
        }

        return sb.ToString();
    }

    private static string ConvertRun(string bijoy)
    {
        if (bijoy.Length == 0)
        {
            return bijoy;
        }

        var mapped = MapGlyphs(bijoy);
        mapped = mapped.Replace("্্", "্", StringComparison.Ordinal); // half form followed by a fola form
        var chars = new List<char>(mapped);
        MoveRephs(chars);
        var ordered = TextLayer.VisualOrder.ToLogical(chars);
        MoveChandrabindu(ordered);
        ColonsBetweenDigits(ordered);
        return BanglaText.Normalize(new string(ordered.ToArray()));
    }

    private static string MapGlyphs(string s)
    {
        var sb = new StringBuilder(s.Length * 2);
        var i = 0;
        while (i < s.Length)
        {
            var matched = false;
            for (var len = Math.Min(MaxKeyLength, s.Length - i); len >= 1; len--)
            {
                if (BijoyGlyphs.ToUnicode.TryGetValue(s.Substring(i, len), out var uni))
                {
                    sb.Append(uni);
                    i += len;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                sb.Append(s[i]);
                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary>The reph glyph follows its cluster (and sometimes the cluster's vowel sign); in Unicode র্ precedes the cluster.</summary>
    private static void MoveRephs(List<char> s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s[i] != BijoyGlyphs.RephMark)
            {
                continue;
            }

            s.RemoveAt(i);
            var j = i - 1;
            while (j >= 0 && (IsPostBaseVowelSign(s[j]) || IsSign(s[j])))
            {
                j--;
            }

            var start = -1;
            if (j >= 0 && IsConsonant(s[j]))
            {
                start = j;
                while (start >= 2 && s[start - 1] == Hasanta && IsConsonant(s[start - 2]))
                {
                    start -= 2;
                }
            }

            var at = start >= 0 ? start : i;
            s.Insert(at, Ra);
            s.Insert(at + 1, Hasanta);
            i++;
        }
    }

    /// <summary>Typists sometimes put ঁ before the vowel sign (চঁা); Unicode order is the sign first (চাঁ).</summary>
    private static void MoveChandrabindu(List<char> s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            if (s[i] == Chandrabindu && IsVowelSign(s[i + 1]))
            {
                (s[i], s[i + 1]) = (s[i + 1], s[i]);
                i++;
            }
        }
    }

    /// <summary>Bijoy has one key for visarga and the colon glyph; between digits (১০ঃ৩০) it is a colon.</summary>
    private static void ColonsBetweenDigits(List<char> s)
    {
        for (var i = 1; i + 1 < s.Count; i++)
        {
            if (s[i] == '\u0983' && IsDigit(s[i - 1]) && IsDigit(s[i + 1]))
            {
                s[i] = ':';
            }
        }

        static bool IsDigit(char c) => BanglaText.IsBanglaDigit(c) || char.IsAsciiDigit(c);
    }
}
