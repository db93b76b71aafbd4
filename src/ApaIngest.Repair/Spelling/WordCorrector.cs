using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Ml;

namespace ApaIngest.Repair.Spelling;

/// <summary>
/// Decides for one normalised Bangla word whether to replace it by a lexicon word: known words stay; for unknown ones the
/// nearest candidates by OCR-confusion cost are scored by the classifier (or, without a model, by a conservative rule),
/// and the best replaces the word only above the classifier's threshold. Words its neighbours are known to stand beside
/// (domain bigrams) are candidates too, even when further off than the near search reaches.
/// </summary>
public sealed class WordCorrector
{
    private readonly CandidateGenerator generator;
    private readonly RepairClassifier? classifier;

    public WordCorrector(CandidateGenerator generator, RepairClassifier? classifier, BigramCounts? bigrams = null)
        : this(generator, classifier, bigrams ?? generator.Lexicon.Bigrams, new(StringComparer.Ordinal))
    {
    }

    private WordCorrector(
        CandidateGenerator generator, RepairClassifier? classifier, BigramCounts bigrams,
        System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<SpellCandidate>> cache)
    {
        this.generator = generator;
        this.classifier = classifier;
        contextCandidates = new ContextCandidates(generator, bigrams);
        this.cache = cache;
    }

    private readonly ContextCandidates contextCandidates;

    public CandidateGenerator Generator => generator;

    public RepairClassifier? Classifier => classifier;

    /// <summary>The word pairs context is judged by (default: the lexicon's domain bigrams).</summary>
    public BigramCounts Bigrams => contextCandidates.Bigrams;

    /// <summary>The same corrector judging context by other bigram counts (e.g. without the text being measured on).</summary>
    public WordCorrector WithBigrams(BigramCounts bigrams) => new(generator, classifier, bigrams, cache);

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
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<SpellCandidate>> cache;

    /// <summary>
    /// <see cref="CandidatesFor(string)"/> plus the words the neighbours are known to stand beside, by confusion cost, for a
    /// word its neighbours do not already vouch for: this reaches real-word errors (ধানায় for থানায় beside সিডিএমএস) and
    /// damage beyond two edits (স্ক্রিনিক after কমিউনিটি) that the near search cannot.
    /// </summary>
    public IReadOnlyList<SpellCandidate> CandidatesFor(string word, TokenContext context) =>
        CandidatesFor(word, NeighbourForms(context.Left), NeighbourForms(context.Right), context.QuestionKnownWords);

    private IReadOnlyList<SpellCandidate> CandidatesFor(string word, string[] lefts, string[] rights, bool questionKnownWords) =>
        contextCandidates.Extend(word, CandidatesFor(word), lefts, rights, questionKnownWords);

    /// <summary>A neighbour as written and, when it is not a known word, its cheapest near candidate (it may be garbled too).</summary>
    private string[] NeighbourForms(string neighbour)
    {
        if (neighbour.Length == 0)
        {
            return [];
        }

        if (generator.Lexicon.Contains(neighbour))
        {
            return [neighbour];
        }

        var near = CandidatesFor(neighbour);
        return near.Count > 0 && near[0].Cost <= NeighbourRepairCost ? [neighbour, near[0].Word] : [neighbour];
    }

    /// <summary>A garbled neighbour's best candidate stands in for it in context at most this far off.</summary>
    private const double NeighbourRepairCost = 0.6;

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

    public Correction Correct(string word, TokenContext context) => Decide(word, context, null);

    /// <summary>
    /// <see cref="Correct"/>'s result with every candidate the word was weighed against and its probability (the rule's
    /// 1 − cost without a model), best first: for error analysis (`apa repair --explain`, `apa train repair --misses`).
    /// </summary>
    public (Correction Result, IReadOnlyList<(SpellCandidate Candidate, double Probability)> Candidates) Explain(string word, TokenContext context)
    {
        var weighed = new List<(SpellCandidate, double)>();
        var result = Decide(word, context, weighed);
        return (result, [.. weighed.OrderByDescending(x => x.Item2)]);
    }

    /// <summary>The correction of <paramref name="word"/>; each candidate and its probability go to <paramref name="weighed"/> when given.</summary>
    private Correction Decide(string word, TokenContext context, List<(SpellCandidate, double)>? weighed)
    {
        // a joiner after hasanta only chooses how the conjunct is drawn (শাহ্‌): the word without it is the lexicon's form
        var bare = BanglaTokens.WithoutJoiners(word);
        if (bare.Length != word.Length)
        {
            if (bare.Length > 0 && generator.IsKnown(bare))
            {
                return new Correction(bare, true, 1);
            }

            word = bare;
        }

        if (classifier is null)
        {
            var near = CandidatesFor(word);
            weighed?.AddRange(near.Select(c => (c, 1 - c.Cost)));
            return near.Count == 0 ? new Correction(word, false, 1) : Rule(word, near, Features(word, near, context));
        }

        var lefts = NeighbourForms(context.Left);
        var rights = NeighbourForms(context.Right);
        var candidates = CandidatesFor(word, lefts, rights, context.QuestionKnownWords);
        if (candidates.Count == 0)
        {
            return new Correction(word, false, 1);
        }

        var examples = Features(word, candidates, context, lefts, rights);

        var bestIndex = -1;
        var bestP = 0.0;
        for (var i = 0; i < examples.Length; i++)
        {
            var p = classifier.Probability(examples[i]);
            weighed?.Add((candidates[i], p));
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

    public RepairExample[] Features(string word, IReadOnlyList<SpellCandidate> candidates, TokenContext context) =>
        Features(word, candidates, context, NeighbourForms(context.Left), NeighbourForms(context.Right));

    private RepairExample[] Features(string word, IReadOnlyList<SpellCandidate> candidates, TokenContext context, string[] lefts, string[] rights)
    {
        var clusters = BanglaClusters.Split(word);
        var knownStem = generator.KnownStem(word) is not null ? 1f : 0f;
        var compound = generator.IsCompoundOfKnown(clusters) ? 1f : 0f;
        var known = generator.Lexicon.TryGet(word, out var tokenEntry);
        var (tokenLeft, tokenRight) = contextCandidates.SupportOf(lefts, word, rights);
        var result = new RepairExample[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var otherBest = candidates.Where((_, j) => j != i).Select(o => o.Cost).DefaultIfEmpty(OcrConfusion.FullEdit * 2).Min();
            var (left, right) = contextCandidates.SupportOf(lefts, c.Word, rights);
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
                LeftBigramCandidate = (float)Math.Log(1 + left),
                RightBigramCandidate = (float)Math.Log(1 + right),
                LeftBigramToken = (float)Math.Log(1 + tokenLeft),
                RightBigramToken = (float)Math.Log(1 + tokenRight),
                FromContext = c.FromContext ? 1 : 0,
                CandidateOnPage = (float)Math.Log(1 + context.Page.Count(c.Word)),
                NumericShare = (float)context.NumericShare,
                LengthDelta = BanglaClusters.Count(c.Word) - clusters.Length,
            };
        }

        return result;
    }
}
