namespace ApaIngest.Repair.Spelling;

/// <summary>
/// Splits Bangla text into the units a reader (and an OCR engine) sees: a consonant with its conjunct partners
/// (consonant + hasanta + consonant …), then its vowel signs and modifiers; an independent vowel with its modifiers;
/// any other character alone. Unlike <see cref="System.Globalization.StringInfo"/>, a conjunct stays one unit.
/// </summary>
public static class BanglaClusters
{
    public const char Hasanta = '\u09CD';
    private const char Nukta = '\u09BC';
    private const char Zwj = '\u200D';
    private const char Zwnj = '\u200C';

    public static bool IsConsonant(char c) => c is (>= '\u0995' and <= '\u09B9') or '\u09CE' or '\u09DC' or '\u09DD' or '\u09DF' or '\u09F0' or '\u09F1';

    public static bool IsVowelSign(char c) => c is (>= '\u09BE' and <= '\u09C4') or '\u09C7' or '\u09C8' or '\u09CB' or '\u09CC' or '\u09D7' or '\u09E2' or '\u09E3';

    public static bool IsModifier(char c) => c is '\u0981' or '\u0982' or '\u0983';

    public static bool IsIndependentVowel(char c) => c is (>= '\u0985' and <= '\u0994') or '\u09E0' or '\u09E1';

    /// <summary>Whether the character belongs to a Bangla word (letters, signs, joiners; not digits or punctuation).</summary>
    public static bool IsWordChar(char c) =>
        IsConsonant(c) || IsVowelSign(c) || IsModifier(c) || IsIndependentVowel(c) || c is Hasanta or Nukta or Zwj or Zwnj;

    public static string[] Split(string word)
    {
        var result = new List<string>(word.Length);
        var i = 0;
        while (i < word.Length)
        {
            var start = i;
            i = End(word, i);
            result.Add(word[start..i]);
        }

        return [.. result];
    }

    public static int Count(string word)
    {
        var n = 0;
        for (var i = 0; i < word.Length; i = End(word, i))
        {
            n++;
        }

        return n;
    }

    /// <summary>The index just after the cluster that starts at <paramref name="i"/>.</summary>
    /// <remarks>
    /// OCR that loses one consonant of a conjunct keeps its hasanta (উ্নত for উন্নত, স্বাস্্য for স্বাস্থ্য): a hasanta after
    /// no consonant, or a second hasanta in a row, before a consonant stays inside that conjunct's cluster, so the damaged
    /// conjunct is still one cluster (্ন, স্্য) and compares with the whole one (<see cref="OcrConfusion"/>'s conjunct gap).
    /// </remarks>
    private static int End(string s, int i)
    {
        var c = s[i];
        if (IsConsonant(c) || (c == Hasanta && i + 1 < s.Length && IsConsonant(s[i + 1])))
        {
            i += c == Hasanta ? 2 : 1;
            i = Skip(s, i, Nukta);
            while (i < s.Length && s[i] == Hasanta)
            {
                var j = i + 1;
                if (j < s.Length && s[j] == Zwnj)
                {
                    i = j + 1; // ZWNJ asks for a visible hasanta: the conjunct ends here
                    break;
                }

                j = Skip(s, j, Zwj);
                if (j < s.Length && IsConsonant(s[j]))
                {
                    i = Skip(s, j + 1, Nukta);
                }
                else if (j + 1 < s.Length && s[j] == Hasanta && IsConsonant(s[j + 1]))
                {
                    i = j; // a lost consonant between two hasantas: the conjunct goes on
                }
                else
                {
                    i = j; // a final hasanta (or hasanta + joiner) closes the cluster
                    break;
                }
            }

            while (i < s.Length && (IsVowelSign(s[i]) || s[i] is Zwj or Zwnj))
            {
                i++;
            }

            while (i < s.Length && IsModifier(s[i]))
            {
                i++;
            }

            return i;
        }

        i++;
        if (IsIndependentVowel(c))
        {
            while (i < s.Length && IsModifier(s[i]))
            {
                i++;
            }
        }

        return i;
    }

    private static int Skip(string s, int i, char c) => i < s.Length && s[i] == c ? i + 1 : i;

    /// <summary>The consonant (or conjunct, or independent vowel) part of a cluster, without vowel signs and modifiers.</summary>
    public static string Base(string cluster)
    {
        var end = cluster.Length;
        while (end > 0 && (IsVowelSign(cluster[end - 1]) || IsModifier(cluster[end - 1]) || cluster[end - 1] is Zwj or Zwnj))
        {
            end--;
        }

        return end == cluster.Length ? cluster : cluster[..end];
    }
}
