using static ApaIngest.Repair.Legacy.BanglaLetters;

namespace ApaIngest.Repair.TextLayer;

/// <summary>
/// Visual → logical order of Bangla vowel signs. Text layers that map glyphs one by one (and Bijoy bytes) give ি ে ৈ where
/// they are drawn, before the consonant cluster; Unicode wants them after it, with ে…া and ে…ৗ joined to ো and ৌ.
/// </summary>
public static class VisualOrder
{
    /// <summary>Moves every pre-base vowel sign that precedes a consonant to after that consonant's cluster.</summary>
    public static string ToLogical(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsPreBaseVowelSign))
        {
            return text;
        }

        return new string(ToLogical(text.ToList()).ToArray());
    }

    /// <summary>True when the word has a pre-base vowel sign that logical order cannot explain: at the word's start or after
    /// something that is not a consonant (or nukta), followed by a consonant.</summary>
    public static bool HasVisualOrderSign(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (IsPreBaseVowelSign(word[i]) && IsConsonant(word[i + 1]) && (i == 0 || !(IsConsonant(word[i - 1]) || word[i - 1] == '\u09BC')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Is a whole layer (a page's words) in visual order? In logical text no word has a pre-base sign without its consonant
    /// before it; in a visual layer most words with ি ে ৈ start that way. Threshold: a third of the words with such signs.
    /// </summary>
    public static bool IsVisualOrderLayer(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        int withSigns = 0, visual = 0;
        foreach (var word in words)
        {
            if (!word.Any(IsPreBaseVowelSign))
            {
                continue;
            }

            withSigns++;
            if (HasVisualOrderSign(word))
            {
                visual++;
            }
        }

        return visual >= 2 && visual * 3 >= withSigns;
    }

    internal static List<char> ToLogical(List<char> s)
    {
        var result = new List<char>(s.Count);
        var i = 0;
        while (i < s.Count)
        {
            var c = s[i];
            if (!IsPreBaseVowelSign(c) || i + 1 >= s.Count || !IsConsonant(s[i + 1]))
            {
                result.Add(c);
                i++;
                continue;
            }

            var j = i + 2;
            while (j < s.Count && (s[j] == '\u09BC' || (j + 1 < s.Count && s[j] == Hasanta && IsConsonant(s[j + 1]))))
            {
                j += s[j] == '\u09BC' ? 1 : 2;
            }

            for (var k = i + 1; k < j; k++)
            {
                result.Add(s[k]);
            }

            if (c == EKar && j < s.Count && s[j] == AKar)
            {
                result.Add(OKar);
                j++;
            }
            else if (c == EKar && j < s.Count && s[j] == AuLengthMark)
            {
                result.Add(AuKar);
                j++;
            }
            else
            {
                result.Add(c);
            }

            i = j;
        }

        return result;
    }
}
