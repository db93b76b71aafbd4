using System.Globalization;
using ApaIngest.Core.Pages;
using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace ApaIngest.Repair.Ml;

/// <summary>
/// Trains the FastTree replace/keep classifier on (token, candidate) examples built from the training pages of the OCR
/// pairs, picks the probability threshold on a validation part so that correct words are almost never changed, and
/// writes models/repair/model.zip (+ .threshold).
/// </summary>
public sealed class RepairTrainer(WordCorrector ruleCorrector, TextWriter log, UnseenSourceBigrams? unseen = null)
{
    /// <summary>Share of correct words the threshold may change on validation (half the product's 0.5 % budget).</summary>
    public const double ChangeBudget = 0.0025;

    /// <summary>
    /// Floor of the threshold: the rendered pages hold few correct words that are missing from the lexicon (names, rare
    /// inflections), so validation alone under-prices changing them; real text (the seeds) has many.
    /// </summary>
    public const double MinimumThreshold = 0.4;

    public sealed record Result(int Examples, int Positives, double Threshold, string ModelPath);

    public Result Train(IReadOnlyList<OcrPair> pairs, string modelPath)
    {
        var train = pairs.Where(p => !p.HeldOut).ToArray();
        var validationPages = train.Select(p => p.Page).Distinct().Where((_, i) => i % 5 == 4).ToHashSet(StringComparer.Ordinal);
        var fit = Examples(train.Where(p => !validationPages.Contains(p.Page)));
        var validation = Examples(train.Where(p => validationPages.Contains(p.Page)));
        log.WriteLine($"repair train: {fit.Count} fit groups, {validation.Count} validation groups");

        var ml = new MLContext(seed: 1);
        var model = Fit(ml, fit);
        var threshold = ChooseThreshold(ml, model, validation, train.Count(p => validationPages.Contains(p.Page) && IsCorrectBangla(p)));
        log.WriteLine($"repair train: threshold {threshold:0.00}");

        var all = fit.Concat(validation).ToList();
        model = Fit(ml, all);
        Directory.CreateDirectory(Path.GetDirectoryName(modelPath)!);
        var flat = ml.Data.LoadFromEnumerable(all.SelectMany(g => g.Examples));
        var tmp = modelPath + ".tmp";
        ml.Model.Save(model, flat.Schema, tmp);
        File.Move(tmp, modelPath, overwrite: true);
        Core.AtomicFile.WriteAllText(RepairClassifier.ThresholdPath(modelPath), threshold.ToString("0.00", CultureInfo.InvariantCulture) + "\n");
        var examples = all.Sum(g => g.Examples.Length);
        var positives = all.Sum(g => g.Examples.Count(e => e.Label));
        return new Result(examples, positives, threshold, modelPath);
    }

    private static bool IsCorrectBangla(OcrPair p) =>
        p.Truth.Length > 0 && BanglaText.Normalize(p.Ocr) == BanglaText.Normalize(p.Truth) && LexiconWordRepairer.NeedsLook(p.Truth);

    private static ITransformer Fit(MLContext ml, List<Group> groups)
    {
        var data = ml.Data.LoadFromEnumerable(groups.SelectMany(g => g.Examples));
        var pipeline = ml.Transforms.Concatenate("Features", RepairExample.FeatureNames)
            .Append(ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                NumberOfLeaves = 16,
                NumberOfTrees = 150,
                MinimumExampleCountPerLeaf = 8,
                LearningRate = 0.1,
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
            }));
        return pipeline.Fit(data);
    }

    /// <summary>The lowest threshold whose false changes on validation stay within <see cref="ChangeBudget"/> of the correct words.</summary>
    private static double ChooseThreshold(MLContext ml, ITransformer model, List<Group> validation, int correctWords)
    {
        using var engine = ml.Model.CreatePredictionEngine<RepairExample, RepairPrediction>(model);
        var scored = validation.Select(g =>
        {
            var probs = g.Examples.Select(e => engine.Predict(e).Probability).ToArray();
            var best = Array.IndexOf(probs, probs.Max());
            return (P: probs[best], Right: g.Examples[best].Label, Garbled: g.Garbled);
        }).ToArray();
        var budget = Math.Max(1, (int)(ChangeBudget * Math.Max(1, correctWords)));
        for (var t = MinimumThreshold; t < 0.99; t += 0.02)
        {
            // a false change: a correct word replaced, or a garbled word replaced by the wrong candidate (counted too: it is not fixed)
            var falseChanges = scored.Count(s => s.P >= t && !s.Garbled);
            if (falseChanges <= budget)
            {
                return Math.Round(t, 2);
            }
        }

        return 0.99;
    }

    private sealed record Group(RepairExample[] Examples, bool Garbled);

    /// <summary>Per unknown OCR token: its candidates' feature rows, labelled by whether each candidate is the true word.</summary>
    private List<Group> Examples(IEnumerable<OcrPair> pairs)
    {
        var groups = new List<Group>();
        foreach (var page in pairs.GroupBy(p => p.Page))
        {
            var corrector = unseen is null ? ruleCorrector : ruleCorrector.WithBigrams(unseen.For(page.Key));
            var rows = page.OrderBy(p => p.Index).ToArray();
            var words = rows.Select(r => new Word(r.Ocr, r.Box) { Confidence = r.Confidence, Origin = WordOrigin.Ocr }).ToArray();
            var vocabulary = PageVocabulary.Of(words);
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i].Truth.Length == 0)
                {
                    continue;
                }

                var ocr = TokenParts.Of(BanglaText.Normalize(rows[i].Ocr));
                var truth = TokenParts.Of(BanglaText.Normalize(rows[i].Truth));
                if (ocr.Core.Length == 0 || truth.Core.Length == 0)
                {
                    continue;
                }

                var context = LexiconWordRepairer.ContextOf(words, i, vocabulary);
                var candidates = corrector.CandidatesFor(ocr.Core, context);
                if (candidates.Count == 0)
                {
                    continue;
                }

                var examples = corrector.Features(ocr.Core, candidates, context);
                for (var k = 0; k < examples.Length; k++)
                {
                    examples[k].Label = candidates[k].Word == truth.Core;
                }

                groups.Add(new Group(examples, ocr.Core != truth.Core));
            }
        }

        return groups;
    }
}
