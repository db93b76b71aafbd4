using ApaIngest.Catalog.Matching;

namespace ApaIngest.Catalog.Building;

/// <summary>
/// Known Bangla words (a word list plus the catalog's own vocabulary): a seed wording is taken into the catalog only
/// when it reads as clean text, so that scan damage in the transcriptions (শূক্কাচার, মাথলা) does not become a "variant".
/// </summary>
public sealed class Lexicon
{
    private readonly HashSet<string> words;

    private Lexicon(HashSet<string> words) => this.words = words;

    public static Lexicon Load(string? wordListPath, IndicatorCatalog catalog)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (wordListPath is not null && File.Exists(wordListPath))
        {
            foreach (var line in File.ReadLines(wordListPath))
            {
                foreach (var w in IndicatorText.Words(IndicatorText.Normalize(line)))
                {
                    words.Add(w);
                }
            }
        }

        foreach (var entry in catalog.Entries)
        {
            foreach (var text in entry.AllNames().Concat(entry.AllActivities()))
            {
                words.UnionWith(IndicatorText.Words(IndicatorText.Normalize(text)));
            }
        }

        return new Lexicon(words);
    }

    /// <summary>Every word known, or one unknown word in a text of at least four (names, loanwords).</summary>
    public bool IsClean(string text)
    {
        var all = IndicatorText.Words(IndicatorText.Normalize(text));
        var unknown = all.Count(w => !words.Contains(w) && !w.All(char.IsAsciiLetterOrDigit));
        return unknown == 0 || (unknown == 1 && all.Length >= 4);
    }
}
