using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Ml;

/// <summary>The whole `apa train repair` step: train on the OCR pairs, evaluate on the held-out pages, write the model card.</summary>
public static class RepairTraining
{
    public const string PairsPath = "models/repair/ocr-pairs.tsv";
    public const string ModelCardPath = "models/repair/MODEL_CARD.md";

    public sealed record Summary(RepairTrainer.Result Training, RepairEvaluation None, RepairEvaluation Rule, RepairEvaluation Model);

    public static Summary Run(string root, IReadOnlyList<OcrPair> pairs, TextWriter log)
    {
        var learned = LearnedConfusions.Learn(pairs.Where(p => !p.HeldOut && p.Truth.Length > 0)
            .Select(p => (TokenParts.Of(Core.Text.BanglaText.Normalize(p.Ocr)).Core, TokenParts.Of(Core.Text.BanglaText.Normalize(p.Truth)).Core))
            .Where(w => w.Item1.Length > 0 && w.Item2.Length > 0));
        learned.Write(Path.Combine(root, RepoPaths.LearnedConfusions));
        log.WriteLine($"repair train: {learned.Count} learned cluster confusions");
        var rule = LexiconWordRepairer.Load(root, useModel: false);
        var modelPath = Path.Combine(root, RepoPaths.RepairModel);
        var result = new RepairTrainer(rule.Corrector, log).Train(pairs, modelPath);
        var withModel = LexiconWordRepairer.Load(root);
        var test = pairs.Where(x => x.HeldOut).ToArray();
        var lexicon = rule.Corrector.Generator.Lexicon;
        var none = RepairEvaluation.Run(test, null, lexicon.Contains);
        var ruleEval = RepairEvaluation.Run(test, rule, lexicon.Contains);
        var modelEval = RepairEvaluation.Run(test, withModel, lexicon.Contains);
        Core.AtomicFile.WriteAllText(Path.Combine(root, ModelCardPath), ModelCard.Render(pairs, result, none, ruleEval, modelEval, lexicon.Count));
        return new Summary(result, none, ruleEval, modelEval);
    }
}
