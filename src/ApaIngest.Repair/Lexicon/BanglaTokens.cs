using System.Text;
using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Lexicon;

/// <summary>Pulls normalised Bangla words (maximal runs of Bangla letters and signs) out of free text.</summary>
public static class BanglaTokens
{
    public static IEnumerable<string> Words(string text)
    {
        var normal = BanglaText.Normalize(text);
        var sb = new StringBuilder();
        foreach (var c in normal)
        {
            if (BanglaClusters.IsWordChar(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0)
            {
                yield return Clean(sb);
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            yield return Clean(sb);
        }
    }

    private static string Clean(StringBuilder sb) => WithoutJoiners(sb.ToString());

    /// <summary>The word without zero-width (non-)joiners: after hasanta they only choose how a conjunct is drawn (শাহ্‌).</summary>
    public static string WithoutJoiners(string word) =>
        word.Replace("\u200C", string.Empty, StringComparison.Ordinal).Replace("\u200D", string.Empty, StringComparison.Ordinal);

    /// <summary>A plausible Bangla word: starts with a letter or independent vowel, has no doubled signs.</summary>
    public static bool IsWellFormed(string word)
    {
        if (word.Length == 0 || !(BanglaClusters.IsConsonant(word[0]) || BanglaClusters.IsIndependentVowel(word[0])))
        {
            return false;
        }

        for (var i = 1; i < word.Length; i++)
        {
            var a = word[i - 1];
            var b = word[i];
            if (BanglaClusters.IsVowelSign(a) && BanglaClusters.IsVowelSign(b))
            {
                return false;
            }

            if (a == BanglaClusters.Hasanta && b == BanglaClusters.Hasanta)
            {
                return false;
            }

            if (BanglaClusters.IsVowelSign(b) && !(BanglaClusters.IsConsonant(a) || a is '\u09BC' or '\u200D'))
            {
                return false;
            }
        }

        return true;
    }
}
