using ApaIngest.Core.Pages;
using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Ml;

/// <summary>Garbled words fixed and correct words changed by a repairer on OCR-aligned pages, with what stays broken.</summary>
public sealed record RepairEvaluation(int Garbled, int Fixed, int Correct, int Changed, IReadOnlyList<(string Class, int Count)> Remaining)
{
    /// <summary>Every word the repairer got wrong: garbled words left unfixed and correct words it changed.</summary>
    public IReadOnlyList<RepairMiss> Misses { get; init; } = [];

    public double FixedRate => Garbled == 0 ? 0 : Fixed / (double)Garbled;

    public double ChangedRate => Correct == 0 ? 0 : Changed / (double)Correct;

    /// <summary>Runs <paramref name="repairer"/> (null: no repair) over the pages of <paramref name="pairs"/> and compares with the truth.</summary>
    public static RepairEvaluation Run(IEnumerable<OcrPair> pairs, LexiconWordRepairer? repairer, Func<string, bool>? inLexicon = null) =>
        RunPerPage(pairs, _ => repairer, inLexicon);

    /// <summary>As <see cref="Run(IEnumerable{OcrPair}, LexiconWordRepairer?, Func{string, bool}?)"/> with a repairer per page (e.g. one that has not seen the page's source text).</summary>
    public static RepairEvaluation RunPerPage(IEnumerable<OcrPair> pairs, Func<string, LexiconWordRepairer?> repairerForPage, Func<string, bool>? inLexicon = null)
    {
        int garbled = 0, fixedCount = 0, correct = 0, changed = 0;
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        var misses = new List<RepairMiss>();
        foreach (var page in pairs.GroupBy(p => p.Page))
        {
            var rows = page.OrderBy(p => p.Index).ToArray();
            var content = new PageContent
            {
                PageNumber = 1, Width = 600, Height = 850,
                Words = [.. rows.Select(r => new Word(r.Ocr, r.Box) { Confidence = r.Confidence, Origin = WordOrigin.Ocr })],
            };
            var repairer = repairerForPage(page.Key);
            var vocabulary = PageVocabulary.Of(content.Words);
            var repaired = repairer?.RepairWords(content.Words) ?? new RepairedWords(content.Words, [.. Enumerable.Range(0, rows.Length)], false);
            for (var i = 0; i < rows.Length; i++)
            {
                var truth = BanglaText.Normalize(rows[i].Truth);
                var ocr = BanglaText.Normalize(rows[i].Ocr);
                if (truth.Length == 0 || !(LexiconWordRepairer.NeedsLook(truth) || LexiconWordRepairer.NeedsLook(ocr)))
                {
                    continue;
                }

                // words only: a difference in punctuation or digits around the Bangla core is not the word repairer's
                var o = TokenParts.Of(ocr).Core;
                var t = TokenParts.Of(truth).Core;
                var output = TokenParts.Of(BanglaText.Normalize(repaired.Words[repaired.ResultOf(i)].Text)).Core;
                if (o.Length == 0 || t.Length == 0)
                {
                    continue;
                }

                if (o == t)
                {
                    correct++;
                    if (output != t)
                    {
                        changed++;
                        misses.Add(new RepairMiss(page.Key, o, t, output, "correct word changed"));
                    }
                }
                else
                {
                    garbled++;
                    if (output == t)
                    {
                        fixedCount++;
                    }
                    else
                    {
                        var cls = Classify(o, t, inLexicon);
                        remaining[cls] = remaining.GetValueOrDefault(cls) + 1;
                        misses.Add(new RepairMiss(page.Key, o, t, output, cls) { TruthProbability = TruthProbability(repairer, content.Words, vocabulary, i, o, t) });
                    }
                }
            }
        }

        return new RepairEvaluation(garbled, fixedCount, correct, changed,
            [.. remaining.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(25).Select(kv => (kv.Key, kv.Value))])
        {
            Misses = misses,
        };
    }

    private static double? TruthProbability(LexiconWordRepairer? repairer, IReadOnlyList<Word> words, PageVocabulary vocabulary, int i, string ocr, string truth)
    {
        if (repairer is null)
        {
            return null;
        }

        foreach (var (candidate, p) in repairer.Corrector.Explain(ocr, LexiconWordRepairer.ContextOf(words, i, vocabulary)).Candidates)
        {
            if (candidate.Word == truth)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>A name for why an error is left: the differing clusters, or a structural reason.</summary>
    public static string Classify(string ocr, string truth, Func<string, bool>? inLexicon)
    {
        var o = TokenParts.Of(ocr);
        var t = TokenParts.Of(truth);
        if (o.Core.Length == 0 || t.Core.Length == 0)
        {
            return "punctuation/digits/Latin in token";
        }

        if (o.Core == t.Core)
        {
            return "punctuation around word";
        }

        if (inLexicon is not null && !inLexicon(t.Core))
        {
            return "true word not in lexicon";
        }

        if (inLexicon is not null && inLexicon(o.Core))
        {
            return "real-word error (OCR gave another known word)";
        }

        var a = BanglaClusters.Split(o.Core);
        var b = BanglaClusters.Split(t.Core);
        if (a.Length != b.Length)
        {
            return a.Length > b.Length ? "extra cluster(s) / split" : "missing cluster(s) / merge";
        }

        var diffs = a.Zip(b).Where(x => x.First != x.Second).Select(x => $"{x.First}→{x.Second}").ToArray();
        return diffs.Length == 1 ? diffs[0] : $"{diffs.Length} clusters differ";
    }
}
