using System.Text;
using ApaIngest.Core.Text;
using static ApaIngest.Repair.Legacy.BanglaLetters;

namespace ApaIngest.Repair.Legacy;

/// <summary>
/// Unicode Bangla → SutonnyMJ/Bijoy ANSI in visual order, the inverse of <see cref="BijoyConverter"/>
/// (<c>BijoyConverter.ToUnicode(BijoyEncoder.FromUnicode(s)) == BanglaText.Normalize(s)</c> for Bangla text).
/// Used to make legacy-encoded test documents. Characters outside the Bangla block are copied unchanged, so text that
/// mixes scripts must be split with <see cref="SplitRuns"/> and only the Bangla runs set in a Bijoy font.
/// </summary>
public static class BijoyEncoder
{
    private static readonly Dictionary<string, string> Conjuncts = BuildConjuncts();
    private static readonly int MaxConjunctConsonants = Conjuncts.Keys.Max(k => (k.Length + 1) / 2);

    /// <summary>Single characters: consonant letters, vowels, signs, digits, punctuation.</summary>
    private static readonly Dictionary<char, string> Singles = BuildSingles();

    /// <summary>Second consonants with a fola glyph of their own (the glyph includes the hasanta).</summary>
    private static readonly Dictionary<char, string> Folas = new()
    {
        ['র'] = "Ö", ['য'] = "¨", ['ব'] = "¡", ['ম'] = "¥", ['ন'] = "œ", ['ল'] = "¬",
        ['ক'] = "‹", ['প'] = "ú", ['ণ'] = "è", ['ত'] = "Í", ['থ'] = "\u2019", ['ভ'] = "¢",
    };

    /// <summary>Folas preferred over the half form of the first consonant (they are what Bijoy typists produce).</summary>
    private static readonly HashSet<char> PreferredFolas = ['র', 'য', 'ব', 'ম', 'ন', 'ল'];

    /// <summary>First consonants with a half form (the glyph includes the hasanta).</summary>
    private static readonly Dictionary<char, string> HalfForms = new()
    {
        ['ঙ'] = "•", ['চ'] = "\u201D", ['দ'] = "˜", ['ন'] = "š", ['স'] = "¯", ['ষ'] = "®", ['ম'] = "¤",
    };

    /// <summary>Consonant + vowel sign ligatures with a code of their own.</summary>
    private static readonly Dictionary<string, string> Ligatures = new(StringComparer.Ordinal)
    {
        ["রু"] = "iæ", ["রূ"] = "iƒ", ["গু"] = "¸", ["শু"] = "ï", ["হু"] = "û", ["হৃ"] = "ü",
    };

    public static string FromUnicode(string unicode)
    {
        ArgumentNullException.ThrowIfNull(unicode);
        var s = Prepare(unicode);
        var sb = new StringBuilder(s.Length * 2);
        var i = 0;
        while (i < s.Length)
        {
            if (IsConsonant(s[i]))
            {
                i = EncodeSyllable(s, i, sb);
            }
            else
            {
                sb.Append(Singles.TryGetValue(s[i], out var code) ? code : s[i].ToString());
                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary>Splits text into runs that are Bangla (to set in a Bijoy font) or not (to set in a Latin font).
    /// Spaces and punctuation join the run they follow.</summary>
    public static IReadOnlyList<(string Text, bool IsBangla)> SplitRuns(string unicode)
    {
        ArgumentNullException.ThrowIfNull(unicode);
        var runs = new List<(string, bool)>();
        var sb = new StringBuilder();
        bool? current = null;
        foreach (var c in unicode)
        {
            bool? kind = BanglaText.IsBangla(c) || c is '\u200C' or '\u200D' ? true
                : char.IsLetterOrDigit(c) ? false
                : null;
            if (kind is not null && current is not null && kind != current)
            {
                runs.Add((sb.ToString(), current.Value));
                sb.Clear();
            }

            current ??= kind;
            if (kind is not null)
            {
                current = kind;
            }

            sb.Append(c);
        }

        if (sb.Length > 0)
        {
            runs.Add((sb.ToString(), current ?? false));
        }

        return runs;
    }

    private static string Prepare(string unicode)
    {
        var s = BanglaText.Normalize(unicode).Replace("\u200D", "", StringComparison.Ordinal)
            .Replace("\u200C", "", StringComparison.Ordinal);
        return s.Replace("\u09CB", "\u09C7\u09BE", StringComparison.Ordinal)
            .Replace("\u09CC", "\u09C7\u09D7", StringComparison.Ordinal);
    }

    /// <summary>[reph] cluster [ি ে ৈ] [post vowel signs, signs] → pre-base sign, cluster glyphs, ©, the rest.</summary>
    private static int EncodeSyllable(string s, int i, StringBuilder sb)
    {
        var reph = s[i] == Ra && i + 2 < s.Length && s[i + 1] == Hasanta && IsConsonant(s[i + 2])
            && !(i > 0 && s[i - 1] == Hasanta);
        if (reph)
        {
            i += 2;
        }

        var clusterStart = i;
        i++;
        while (i + 1 < s.Length && s[i] == Hasanta && IsConsonant(s[i + 1]))
        {
            i += 2;
        }

        var cluster = s[clusterStart..i];
        var trailingHasanta = i < s.Length && s[i] == Hasanta;
        if (trailingHasanta)
        {
            i++;
        }

        char? preBase = null;
        if (!trailingHasanta && i < s.Length && IsPreBaseVowelSign(s[i]))
        {
            preBase = s[i];
            i++;
        }

        var tail = new StringBuilder();
        while (i < s.Length && (IsPostBaseVowelSign(s[i]) || IsSign(s[i])))
        {
            tail.Append(s[i]);
            i++;
        }

        if (preBase is not null)
        {
            sb.Append(Singles[preBase.Value]);
        }

        var tailText = tail.ToString();
        if (!reph && cluster.Length == 1 && tailText.Length > 0 && preBase is null
            && Ligatures.TryGetValue(cluster + tailText[0], out var ligature))
        {
            sb.Append(ligature);
            tailText = tailText[1..];
        }
        else
        {
            EncodeCluster(cluster, sb);
        }

        if (reph)
        {
            sb.Append('©');
        }

        if (trailingHasanta)
        {
            sb.Append('&');
        }

        foreach (var c in tailText)
        {
            sb.Append(Singles[c]);
        }

        return i;
    }

    /// <summary>Consonants joined by hasanta → conjunct codes, else half form / fola glyphs, else explicit hasanta.</summary>
    private static void EncodeCluster(string cluster, StringBuilder sb)
    {
        var consonants = new List<char>();
        for (var k = 0; k < cluster.Length; k += 2)
        {
            consonants.Add(cluster[k]);
        }

        var p = 0;
        var joinToPrevious = false;
        while (p < consonants.Count)
        {
            if (joinToPrevious)
            {
                if (Folas.TryGetValue(consonants[p], out var fola))
                {
                    sb.Append(fola);
                    p++;
                    continue;
                }

                sb.Append('&');
            }

            joinToPrevious = false;
            var matched = 0;
            for (var n = Math.Min(MaxConjunctConsonants, consonants.Count - p); n >= 2; n--)
            {
                var key = string.Join(Hasanta, consonants.GetRange(p, n));
                if (Conjuncts.TryGetValue(key, out var code))
                {
                    sb.Append(code);
                    matched = n;
                    break;
                }
            }

            if (matched > 0)
            {
                p += matched;
                joinToPrevious = true;
                continue;
            }

            var c = consonants[p];
            var hasNext = p + 1 < consonants.Count;
            if (hasNext && !PreferredFolas.Contains(consonants[p + 1]) && HalfForms.TryGetValue(c, out var half))
            {
                sb.Append(half);
                p++;
                continue;
            }

            sb.Append(Singles[c]);
            p++;
            joinToPrevious = true;
        }
    }

    private static bool IsDigitChar(char c) => BanglaText.IsBanglaDigit(c) || char.IsAsciiDigit(c);

    private static Dictionary<char, string> BuildSingles()
    {
        var singles = new Dictionary<char, string>();
        foreach (var (bijoy, uni) in BijoyGlyphs.ToUnicode)
        {
            if (uni.Length == 1 && uni[0] != BijoyGlyphs.RephMark && !singles.ContainsKey(uni[0]))
            {
                singles[uni[0]] = bijoy;
            }
        }

        // Preferred glyph variants where the map has several.
        singles['ু'] = "y";
        singles['ূ'] = "~";
        singles['ৃ'] = "\u2026";
        singles['ে'] = "\u2021";
        singles['ৈ'] = "\u2030";
        singles['আ'] = "Av";
        singles['্'] = "&";
        return singles;
    }

    private static Dictionary<string, string> BuildConjuncts()
    {
        var conjuncts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Preferred codes where several glyphs decode to the same conjunct.
            ["ক্ষ"] = "ÿ", ["দ্ব"] = "Ø", ["স্ত"] = "¯Í", ["ন্ত"] = "šÍ", ["স্থ"] = "¯\u2019", ["ন্থ"] = "š\u2019",
            ["স্ক"] = "¯‹", ["ষ্ক"] = "®‹", ["স্প"] = "¯ú", ["ষ্প"] = "®ú", ["ম্প"] = "¤ú", ["ন্ত্র"] = "š¿",
            ["স্ত্র"] = "¯¿", ["স্ক্র"] = "¯Œ", ["ষ্ক্র"] = "®Œ", ["ম্ভ্র"] = "¤£", ["ম্ভ"] = "¤¢", ["ন্ট"] = "›U",
            ["ন্দ"] = "›`",
        };
        foreach (var (bijoy, uni) in BijoyGlyphs.ToUnicode)
        {
            // Whole-conjunct codes: consonant (্ consonant)+ with nothing else.
            if (bijoy.Length == 1 && uni.Length >= 3 && IsConsonant(uni[0]) && IsConsonant(uni[^1]) && !conjuncts.ContainsKey(uni))
            {
                conjuncts[uni] = bijoy;
            }
        }

        return conjuncts;
    }
}
