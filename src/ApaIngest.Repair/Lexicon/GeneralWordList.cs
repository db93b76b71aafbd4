using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Lexicon;

/// <summary>
/// Tesseract's ben.wordlist (most frequent first), filtered: normalised (it writes য় decomposed), only well-formed Bangla
/// words of at least two clusters, and only the frequent part (the tail holds OCR-like junk and rare forms that would
/// make garbled tokens look known). Words with the Assamese letters ৰ and ৱ (আৰু, কৰা: the list holds Assamese text) are
/// not Bangla and are left out.
/// </summary>
public static class GeneralWordList
{
    public const int MaxRank = 35_000;

    public static IEnumerable<(string Word, int Rank)> Read(string path)
    {
        var rank = 0;
        foreach (var raw in File.ReadLines(path))
        {
            rank++;
            if (rank > MaxRank)
            {
                yield break;
            }

            var word = BanglaText.Normalize(raw.Trim());
            if (Accept(word))
            {
                yield return (word, rank);
            }
        }
    }

    public static bool Accept(string word) =>
        word.Length > 0 && word.All(BanglaClusters.IsWordChar) && BanglaTokens.IsWellFormed(word) && BanglaClusters.Count(word) >= 2
        && word.IndexOfAny(AssameseLetters) < 0;

    private static readonly char[] AssameseLetters = ['\u09F0', '\u09F1'];
}
