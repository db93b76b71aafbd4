using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Ml;

/// <summary>The whole `apa train repair` step: train on the OCR pairs, evaluate on the held-out pages, write the model card.</summary>
public static class RepairTraining
{
    public const string PairsPath = "models/repair/ocr-pairs.tsv";

    /// <summary>The same pages rendered at scan resolutions (200/300 dpi): `apa train pairs --scan`.</summary>
    public const string ScanPairsPath = "models/repair/ocr-pairs-scan.tsv";
    public const string ModelCardPath = "models/repair/MODEL_CARD.md";

    /// <summary>Training-only pages (the seeds' training chunks again, more synthetic and everyday-word pages): `apa train pairs --extra N` (and with --scan).</summary>
    public const string ExtraPairsPath = "models/repair/ocr-pairs-extra.tsv";
    public const string ScanExtraPairsPath = "models/repair/ocr-pairs-scan-extra.tsv";

    /// <summary>Held-out results of one pair set: no repair, the rule alone, the model.</summary>
    public sealed record SetResult(string Name, RepairEvaluation None, RepairEvaluation Rule, RepairEvaluation Model, IReadOnlyList<(string Source, RepairEvaluation Model)> BySource);

    /// <summary>What a page was made of: a seed transcription (real APA text), synthetic domain-word lines, or everyday-word lines.</summary>
    public static string SourceOf(string page) =>
        page.StartsWith("synthetic/", StringComparison.Ordinal) ? "synthetic domain lines"
        : page.StartsWith("general/", StringComparison.Ordinal) ? "everyday-word lines"
        : "seed APA text";

    public sealed record Summary(RepairTrainer.Result Training, SetResult LowResolution, SetResult? Scan)
    {
        /// <summary>The measured pair sets: the low-resolution one, then the scan-resolution one when it was made.</summary>
        public IReadOnlyList<SetResult> Sets => Scan is null ? [LowResolution] : [LowResolution, Scan];
    }

    /// <summary>Reads the scan-resolution pairs when present, their page names marked so they never group with the low-resolution renders.</summary>
    public static IReadOnlyList<OcrPair> ReadScanPairs(string root) => [.. Read(root, ScanPairsPath, ScanPageMark), .. Read(root, ScanExtraPairsPath, ScanPageMark)];

    /// <summary>The training-only extra pages of the low-resolution set, when made.</summary>
    public static IReadOnlyList<OcrPair> ReadExtraPairs(string root) => Read(root, ExtraPairsPath, string.Empty);

    private static IReadOnlyList<OcrPair> Read(string root, string relative, string mark)
    {
        var path = Path.Combine(root, relative);
        return File.Exists(path) ? [.. OcrPair.ReadAll(path).Select(p => mark.Length == 0 ? p : p with { Page = p.Page + mark })] : [];
    }

    /// <summary>Appended to the page names of the scan-resolution set.</summary>
    public const string ScanPageMark = "@scan";

    /// <summary>
    /// Trains on the training pages of both pair sets (the harsh 100-150 dpi renders and, when made, the 200/300 dpi ones)
    /// and measures each set's held-out pages on its own, with context judged as if the page's source document were unseen.
    /// </summary>
    public static Summary Run(string root, IReadOnlyList<OcrPair> pairs, TextWriter log) => Run(root, [.. pairs, .. ReadExtraPairs(root)], ReadScanPairs(root), log);

    public static Summary Run(string root, IReadOnlyList<OcrPair> lowResolution, IReadOnlyList<OcrPair> scan, TextWriter log)
    {
        var pairs = lowResolution.Concat(scan).ToArray();
        var trainingWords = pairs.Where(p => !p.HeldOut && p.Truth.Length > 0)
            .Select(p => (TokenParts.Of(Core.Text.BanglaText.Normalize(p.Ocr)).Core, TokenParts.Of(Core.Text.BanglaText.Normalize(p.Truth)).Core))
            .Where(w => w.Item1.Length > 0 && w.Item2.Length > 0).ToArray();
        var learned = LearnedConfusions.Learn(trainingWords);
        learned.Write(Path.Combine(root, RepoPaths.LearnedConfusions));
        var letters = LetterConfusions.Learn(trainingWords);
        letters.Write(Path.Combine(root, RepoPaths.LearnedLetterConfusions));
        log.WriteLine($"repair train: {learned.Count} learned cluster confusions, {letters.Count} letter confusions");
        var rule = LexiconWordRepairer.Load(root, useModel: false);
        var modelPath = Path.Combine(root, RepoPaths.RepairModel);
        var lexicon = rule.Corrector.Generator.Lexicon;
        var unseen = new UnseenSourceBigrams(lexicon.Bigrams, Path.Combine(root, "data", "seeds"));
        var result = new RepairTrainer(rule.Corrector, log, unseen).Train(pairs, modelPath);
        var withModel = LexiconWordRepairer.Load(root);
        SetResult Measure(string name, IEnumerable<OcrPair> set)
        {
            var test = set.Where(x => x.HeldOut).ToArray();
            LexiconWordRepairer ForPage(string page) => new(withModel.Corrector.WithBigrams(unseen.For(page)));
            return new SetResult(
                name,
                RepairEvaluation.Run(test, null, lexicon.Contains),
                RepairEvaluation.Run(test, rule, lexicon.Contains),
                RepairEvaluation.RunPerPage(test, ForPage, lexicon.Contains),
                [.. test.GroupBy(p => SourceOf(p.Page)).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => (g.Key, RepairEvaluation.RunPerPage(g, ForPage, lexicon.Contains)))]);
        }

        var summary = new Summary(result, Measure("100-150 dpi", lowResolution), scan.Count > 0 ? Measure("200/300 dpi", scan) : null);
        Core.AtomicFile.WriteAllText(Path.Combine(root, ModelCardPath), ModelCard.Render(pairs, result, summary.Sets, lexicon.Count));
        return summary;
    }
}
