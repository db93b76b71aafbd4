using System.Collections.Concurrent;
using ApaIngest.Repair.Lexicon;

namespace ApaIngest.Repair.Ml;

/// <summary>
/// Bigram counts as if the document a training page was cut from had never been read. The domain bigrams are counted over
/// the seed transcriptions that the OCR pages are made of; judging a page's context with its own document's pairs would
/// flatter context on the held-out pages and teach the classifier to trust it more than a new office's APA allows.
/// Pages are named "&lt;seed file&gt;/&lt;chunk&gt;#&lt;render&gt;[@scan]"; other pages (synthetic word lines) get the full counts.
/// </summary>
public sealed class UnseenSourceBigrams(BigramCounts all, string seedsDirectory)
{
    private readonly ConcurrentDictionary<string, BigramCounts> byDocument = new(StringComparer.Ordinal);

    /// <summary>The counts without the source document of <paramref name="page"/>.</summary>
    public BigramCounts For(string page)
    {
        var slash = page.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? all : ForDocument(page[..slash]);
    }

    /// <summary>The counts without the lines of data/seeds/<paramref name="seed"/>.txt (all of them when there is no such seed).</summary>
    public BigramCounts ForDocument(string seed)
    {
        var path = Path.Combine(seedsDirectory, seed + ".txt");
        return File.Exists(path) ? byDocument.GetOrAdd(seed, _ => all.Without(File.ReadLines(path))) : all;
    }
}
