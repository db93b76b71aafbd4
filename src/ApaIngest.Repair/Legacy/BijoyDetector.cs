namespace ApaIngest.Repair.Legacy;

/// <summary>
/// Does ASCII/Latin-1 text look like Bijoy bytes (Bangla typed in a SutonnyMJ-style font) rather than English?
/// Evidence per word: glyph codes English never uses (© ¨ ¯ ‡ † ˆ ‰ Š … ÿ µ ...), lowercase-uppercase switches inside a
/// word (AvgvI, Kg©KZ©vi), a leading w/‡/† (pre-base vowel signs come first in Bijoy), backquote and ~ inside words.
/// </summary>
public static class BijoyDetector
{
    /// <summary>Characters of the words that look like Bijoy, and all non-space characters of words without Bangla code points.</summary>
    public static (int BijoyCharacters, int LatinCharacters) Count(IEnumerable<string> words)
    {
        int bijoy = 0, latin = 0;
        foreach (var word in words)
        {
            if (word.Any(c => c is >= '\u0980' and <= '\u09FF'))
            {
                continue;
            }

            latin += word.Length;
            if (LooksBijoy(word))
            {
                bijoy += word.Length;
            }
        }

        return (bijoy, latin);
    }

    /// <summary>A line (or span) is Bijoy when it has no Unicode Bangla and most of its letters are in Bijoy-looking words.</summary>
    public static bool IsBijoyText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var (bijoy, latin) = Count(words);
        return latin > 0 && bijoy * 2 >= latin;
    }

    public static bool LooksBijoy(string word)
    {
        var letters = 0;
        var evidence = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (IsBijoyOnlyGlyph(c))
            {
                evidence += 2;
            }

            if (char.IsAsciiLetter(c))
            {
                letters++;
                if (i > 0 && char.IsAsciiLetterLower(word[i - 1]) && char.IsAsciiLetterUpper(c))
                {
                    evidence++;
                }
            }

            if (c is '`' or '~' && i > 0 && i + 1 < word.Length)
            {
                evidence++;
            }
        }

        if (word.Length > 1 && word[0] == 'w' && char.IsAsciiLetter(word[1]))
        {
            evidence++;
        }

        return evidence >= 2 || (evidence == 1 && letters + evidence >= 3 && word.Length <= 12 && !IsEnglishLike(word));
    }

    /// <summary>
    /// An English word or acronym among Bijoy words (Vision, APA): letters only, no Bijoy glyph, one case pattern
    /// (Capitalised, lower or UPPER), vowels at least a third of the letters, and no consonant capital followed by
    /// 'v' (Bijoy's া, as in Kv কা).
    /// </summary>
    public static bool LooksEnglish(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var core = word.Trim('(', ')', ',', '.', ':', ';', '"', '\'', '-', '/');
        if (core.Length < 2 || !core.All(char.IsAsciiLetter) || LooksBijoy(core) || core[0] == 'w')
        {
            return false;
        }

        var rest = core[1..];
        var oneCase = rest.All(char.IsAsciiLetterLower) || core.All(char.IsAsciiLetterUpper);
        var vowels = core.Count(c => "aeiouyAEIOUY".Contains(c, StringComparison.Ordinal));
        var consonantAa = core.Zip(rest).Any(p => char.IsAsciiLetterUpper(p.First) && p.Second == 'v');
        return oneCase && vowels * 3 >= core.Length && !consonantAa && !HasBijoySignSequence(core);
    }

    /// <summary>'w' (ি, typed before its consonant) followed by a consonant letter, 'v' (া) followed by a consonant or
    /// ending the word: common in Bijoy (wbe©vnx, Kqiv, evsjv), rare in English.</summary>
    private static bool HasBijoySignSequence(string word)
    {
        const string EnglishConsonantsAfterW = "hrnlsy";
        for (var i = 0; i < word.Length; i++)
        {
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            if (word[i] == 'w' && next != '\0' && !"aeiou".Contains(next, StringComparison.Ordinal)
                && !EnglishConsonantsAfterW.Contains(next, StringComparison.Ordinal))
            {
                return true;
            }

            if (word[i] == 'v' && i > 0 && (next == '\0' || !"aeiouy".Contains(next, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEnglishLike(string word)
    {
        // English words carry vowels; Bijoy consonant letters are mostly capitals and 'v' (া) stands in for vowels.
        var vowels = word.Count(c => "aeiouAEIOU".Contains(c, StringComparison.Ordinal));
        return vowels * 4 >= word.Length;
    }

    private static bool IsBijoyOnlyGlyph(char c) => BijoyGlyphs.IsBijoyOnlyGlyph(c);
}
