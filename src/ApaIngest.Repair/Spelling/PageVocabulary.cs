using ApaIngest.Core.Pages;
using ApaIngest.Core.Text;

namespace ApaIngest.Repair.Spelling;

/// <summary>
/// How often each Bangla word core occurs among a page's words. An APA repeats itself (every annex copies the indicator
/// names of section 3), so a candidate read cleanly elsewhere on the page is likelier the word meant: the document-level
/// cache of OCR post-correction. (How often the token itself repeats is no evidence either way: a scan misreads the same
/// word the same way throughout, e.g. নওগা for নওগাঁ; as a feature it kept such words from being fixed.)
/// </summary>
public sealed class PageVocabulary
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public static readonly PageVocabulary Empty = new([]);

    private PageVocabulary(IEnumerable<string> cores)
    {
        foreach (var core in cores)
        {
            if (core.Length > 0)
            {
                counts[core] = counts.GetValueOrDefault(core) + 1;
            }
        }
    }

    /// <summary>From raw tokens (normalised and stripped of punctuation here).</summary>
    public static PageVocabulary Of(IEnumerable<string> tokens) => new(tokens.Select(t => TokenParts.Of(BanglaText.Normalize(t)).Core));

    public static PageVocabulary Of(IReadOnlyList<Word> words) => Of(words.Select(w => w.Text));

    /// <summary>From word cores already normalised.</summary>
    public static PageVocabulary OfCores(IEnumerable<string> cores) => new(cores);

    public int Count(string core) => counts.GetValueOrDefault(core);
}
