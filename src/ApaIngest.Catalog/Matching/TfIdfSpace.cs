namespace ApaIngest.Catalog.Matching;

/// <summary>
/// TF-IDF vectors over character n-grams (2-4, word-boundary padded) and words, fitted on the catalog's wordings.
/// Character n-grams keep most of their overlap when OCR misreads one letter of a word (শুদ্ধাচার → শূক্কাচার),
/// the word part rewards whole-word agreement; cosine similarity of each, mixed.
/// </summary>
public sealed class TfIdfSpace
{
    private const double CharShare = 0.7;
    private readonly Dictionary<string, double> charIdf;
    private readonly Dictionary<string, double> wordIdf;
    private readonly double unseenCharIdf;
    private readonly double unseenWordIdf;

    public TfIdfSpace(IEnumerable<string> normalizedDocuments)
    {
        var docs = normalizedDocuments.Distinct(StringComparer.Ordinal).ToList();
        var charDf = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordDf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            foreach (var g in CharGrams(doc).Keys)
            {
                charDf[g] = charDf.GetValueOrDefault(g) + 1;
            }

            foreach (var w in WordCounts(doc).Keys)
            {
                wordDf[w] = wordDf.GetValueOrDefault(w) + 1;
            }
        }

        var n = docs.Count;
        charIdf = charDf.ToDictionary(kv => kv.Key, kv => Idf(n, kv.Value), StringComparer.Ordinal);
        wordIdf = wordDf.ToDictionary(kv => kv.Key, kv => Idf(n, kv.Value), StringComparer.Ordinal);
        unseenCharIdf = Idf(n, 1);
        unseenWordIdf = Idf(n, 1);
    }

    private static double Idf(int n, int df) => Math.Log((1.0 + n) / (1.0 + df)) + 1.0;

    public TextVector Vectorize(string normalized) => new(
        Weigh(CharGrams(normalized), charIdf, unseenCharIdf),
        Weigh(WordCounts(normalized), wordIdf, unseenWordIdf));

    public static double Similarity(TextVector a, TextVector b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }

        return (CharShare * Cosine(a.Chars, b.Chars)) + ((1 - CharShare) * Cosine(a.Words, b.Words));
    }

    private static Dictionary<string, double> Weigh(Dictionary<string, int> counts, Dictionary<string, double> idf, double unseen)
    {
        var v = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        double norm = 0;
        foreach (var (key, count) in counts)
        {
            var w = (1 + Math.Log(count)) * idf.GetValueOrDefault(key, unseen);
            v[key] = w;
            norm += w * w;
        }

        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            foreach (var key in v.Keys.ToList())
            {
                v[key] /= norm;
            }
        }

        return v;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        double dot = 0;
        foreach (var (key, w) in a)
        {
            if (b.TryGetValue(key, out var w2))
            {
                dot += w * w2;
            }
        }

        return dot;
    }

    private static Dictionary<string, int> CharGrams(string normalized)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in IndicatorText.Words(normalized))
        {
            var padded = $" {word} ";
            for (var n = 2; n <= 4; n++)
            {
                for (var i = 0; i + n <= padded.Length; i++)
                {
                    var g = padded.Substring(i, n);
                    grams[g] = grams.GetValueOrDefault(g) + 1;
                }
            }
        }

        return grams;
    }

    private static Dictionary<string, int> WordCounts(string normalized)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in IndicatorText.Words(normalized))
        {
            words[w] = words.GetValueOrDefault(w) + 1;
        }

        return words;
    }
}

/// <summary>L2-normalised sparse TF-IDF vectors of one text.</summary>
public sealed record TextVector(Dictionary<string, double> Chars, Dictionary<string, double> Words)
{
    public bool IsEmpty => Chars.Count == 0;
}
