using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Ml;

namespace ApaIngest.Repair.Spelling;

/// <summary>
/// Decides for one normalised Bangla word whether to replace it by a lexicon word: known words stay; for unknown ones the
/// nearest candidates by OCR-confusion cost are scored by the classifier (or, without a model, by a conservative rule),
/// and the best replaces the word only above the classifier's threshold.
/// </summary>
public sealed class WordCorrector(CandidateGenerator generator, RepairClassifier? classifier)
{
    public CandidateGenerator Generator => generator;

    public RepairClassifier? Classifier => classifier;

    /// <summary>Known words this common (rank in the general list) or in the domain lexicon are never questioned.</summary>
    public const int TrustedGeneralRank = 3000;

    /// <summary>
    /// The candidates worth asking the classifier about: all near words for an unknown word; for a rare known word
    /// (a possible real-word error such as ধানায় for থানায়) only much more frequent domain words one cheap confusion away.
    /// </summary>
    public IReadOnlyList<SpellCandidate> CandidatesFor(string word)
    {
        // documents repeat their words (every annex copies section 3): candidates depend on the word only, so keep them
        if (cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        if (cache.Count > MaxCached)
        {
            cache.Clear();
        }

        var found = Find(word);
        cache[word] = found;
        return found;
    }

    private const int MaxCached = 200_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<SpellCandidate>> cache = new(StringComparer.Ordinal);

    private IReadOnlyList<SpellCandidate> Find(string word)
    {
        if (BanglaClusters.Count(word) < 2)
        {
            return [];
        }

        if (!generator.Lexicon.TryGet(word, out var entry))
        {
            // a known stem with a case/number ending (নিষ্পত্তিতে, মেট্রোপলিটনের) is a correct inflected form
            return generator.KnownStem(word) is null ? generator.Generate(word) : [];
        }

        if (entry.IsDomain || (entry.GeneralRank > 0 && entry.GeneralRank <= TrustedGeneralRank))
        {
            return [];
        }

        return [.. generator.Generate(word).Where(c => c.Entry.IsDomain && c.Cost <= 0.6 && c.Entry.LogFrequency >= entry.LogFrequency + 0.3)];
    }

    public Correction Correct(string word, TokenContext context)
    {
        var candidates = CandidatesFor(word);
        if (candidates.Count == 0)
        {
            return new Correction(word, false, 1);
        }

        var examples = Features(word, candidates, context);
        if (classifier is null)
        {
            return Rule(word, candidates, examples);
        }

        var bestIndex = -1;
        var bestP = 0.0;
        for (var i = 0; i < examples.Length; i++)
        {
            var p = classifier.Probability(examples[i]);
            if (p > bestP)
            {
                bestP = p;
                bestIndex = i;
            }
        }

        return bestIndex >= 0 && bestP >= classifier.Threshold
            ? new Correction(candidates[bestIndex].Word, true, bestP)
            : new Correction(word, false, 1 - bestP);
    }

    /// <summary>Without a model: only a cheap, unambiguous OCR confusion of an unknown, non-inflected, non-compound word.</summary>
    private static Correction Rule(string word, IReadOnlyList<SpellCandidate> candidates, RepairExample[] examples)
    {
        var best = candidates[0];
        var x = examples[0];
        var ok = best.Cost <= (x.TokenIsKnown > 0 ? 0.35 : 0.7) && x.TokenIsKnownStem == 0 && x.CostMargin >= 0.15 && (x.TokenIsCompound == 0 || (best.Cost <= 0.45 && best.Entry.IsDomain));
        return ok ? new Correction(best.Word, true, 1 - best.Cost) : new Correction(word, false, 1);
    }

    public RepairExample[] Features(string word, IReadOnlyList<SpellCandidate> candidates, TokenContext context)
    {
        var clusters = BanglaClusters.Split(word);
        var knownStem = generator.KnownStem(word) is not null ? 1f : 0f;
        var compound = generator.IsCompoundOfKnown(clusters) ? 1f : 0f;
        var known = generator.Lexicon.TryGet(word, out var tokenEntry);
        var result = new RepairExample[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var otherBest = candidates.Where((_, j) => j != i).Select(o => o.Cost).DefaultIfEmpty(OcrConfusion.FullEdit * 2).Min();
            result[i] = new RepairExample
            {
                Cost = (float)c.Cost,
                CostMargin = (float)(otherBest - c.Cost),
                Rank = i,
                CandidateCount = candidates.Count,
                ClusterEdits = c.ClusterEdits,
                TokenClusters = clusters.Length,
                CandidateLogFrequency = (float)c.Entry.LogFrequency,
                CandidateIsDomain = c.Entry.IsDomain ? 1 : 0,
                CandidateIsGeneral = (c.Entry.Sources & LexiconSource.General) != 0 ? 1 : 0,
                TokenIsKnownStem = knownStem,
                TokenIsCompound = compound,
                TokenIsKnown = known ? 1 : 0,
                TokenLogFrequency = known ? (float)tokenEntry.LogFrequency : 0,
                Confidence = (float)context.Confidence,
                LeftBigramCandidate = context.Left.Length == 0 ? 0 : (float)Math.Log(1 + generator.Lexicon.BigramCount(context.Left, c.Word)),
                RightBigramCandidate = context.Right.Length == 0 ? 0 : (float)Math.Log(1 + generator.Lexicon.BigramCount(c.Word, context.Right)),
                NumericShare = (float)context.NumericShare,
                LengthDelta = BanglaClusters.Count(c.Word) - clusters.Length,
            };
        }

        return result;
    }
}
