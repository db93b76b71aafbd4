using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Lexicon;

/// <summary>
/// Reads a hunspell .dic (first line a count, then word[/flags]). Debian's bn_BD has no affix rules, so the stems are the
/// words; flags, if any, are ignored.
/// </summary>
public static class HunspellWords
{
    public static IEnumerable<string> Read(string path)
    {
        var first = true;
        foreach (var raw in File.ReadLines(path))
        {
            if (first)
            {
                first = false;
                if (raw.Trim().All(char.IsAsciiDigit))
                {
                    continue;
                }
            }

            var slash = raw.IndexOf('/');
            var word = BanglaText.Normalize((slash >= 0 ? raw[..slash] : raw).Trim());
            if (word.Length > 0 && word.All(BanglaClusters.IsWordChar) && BanglaTokens.IsWellFormed(word) && BanglaClusters.Count(word) >= 2)
            {
                yield return word;
            }
        }
    }
}
