using System.CommandLine;
using System.Text;
using ApaIngest.Core;
using ApaIngest.Repair.Lexicon;
using ApaIngest.Pdf;
using ApaIngest.Repair.Ml;
using ApaIngest.Repair.Ml.Spans;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Cli.Commands;

/// <summary>apa train lexicon|pairs|repair: rebuild the domain lexicon, the OCR training pairs, the repair classifier.</summary>
internal static class TrainCommand
{
    private const string PairsPath = RepairTraining.PairsPath;
    private const string SeedDamagePath = "tests/ApaIngest.Repair.Tests/TestData/seed-damage.tsv";

    public static Command Create()
    {
        var command = new Command("train", "Rebuild learned artefacts: lexicon (lexicon/apa-domain.tsv), pairs (OCR training pairs), repair (models/repair/model.zip), spans (models/spans/model.zip), digits (models/digits/confusions.tsv)");
        command.Subcommands.Add(Lexicon());
        command.Subcommands.Add(Pairs());
        command.Subcommands.Add(Repair());
        command.Subcommands.Add(TrainBenchmarkCommand.Create());
        command.Subcommands.Add(Spans());
        command.Subcommands.Add(TrainDigitsCommand.Create());
        return command;
    }

    private static Command Lexicon()
    {
        var command = new Command("lexicon", "Build lexicon/apa-domain.tsv and lexicon/apa-bigrams.tsv from seeds, geo names, corpus generator vocabulary and APA phrases");
        command.SetAction((_, _) =>
        {
            var root = RepoPaths.RequireRoot();
            var result = new DomainLexiconBuilder(root).Build();
            Console.WriteLine($"lexicon: {result.Words} domain words, {result.Bigrams} bigrams; seeds: {result.SeedTokensSeen} distinct words, {result.SeedTokensDropped} dropped as misreadings or too rare");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static readonly Option<int> JobsOption = new("--jobs") { Description = "parallel render+OCR jobs", DefaultValueFactory = _ => 2 };

    private static readonly Option<bool> ScanOption = new("--scan")
    {
        Description = $"render at the archive's scan resolutions (200/300 dpi) into {RepairTraining.ScanPairsPath} instead of the harsher 100-150 dpi set",
    };

    private static readonly Option<int> ExtraOption = new("--extra")
    {
        Description = $"instead, render the seeds' training chunks again and this many more synthetic and as many everyday-word pages, for training only, into {RepairTraining.ExtraPairsPath} (with --scan: {RepairTraining.ScanExtraPairsPath})",
    };

    private static Command Pairs()
    {
        var command = new Command("pairs", $"Render seed and synthetic text, OCR it with tesseract, align with the truth: {PairsPath} (--scan: {RepairTraining.ScanPairsPath})");
        command.Options.Add(JobsOption);
        command.Options.Add(ScanOption);
        command.Options.Add(ExtraOption);
        command.SetAction(async (ParseResult p, CancellationToken ct) =>
        {
            var root = RepoPaths.RequireRoot();
            await MakePairsAsync(root, p.GetValue(JobsOption), ct, p.GetValue(ScanOption), p.GetValue(ExtraOption)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<IReadOnlyList<OcrPair>> MakePairsAsync(string root, int jobs, CancellationToken ct, bool scan = false, int extra = 0)
    {
        var exclude = File.Exists(Path.Combine(root, SeedDamagePath))
            ? File.ReadLines(Path.Combine(root, SeedDamagePath)).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal)
            : [];
        var pages = extra > 0 ? OcrPairGenerator.ExtraTrainingPages(root, exclude, extra) : OcrPairGenerator.TruthPages(root, exclude);
        var generator = new OcrPairGenerator
        {
            Jobs = jobs, Log = Console.Error, Sizes = scan ? OcrPairGenerator.ScanResolution : OcrPairGenerator.LowResolution, HoldsOut = extra == 0,
        };
        var path = (scan, extra > 0) switch
        {
            (true, true) => RepairTraining.ScanExtraPairsPath,
            (true, false) => RepairTraining.ScanPairsPath,
            (false, true) => RepairTraining.ExtraPairsPath,
            _ => PairsPath,
        };
        var pairs = await generator.GenerateAsync(pages, ct).ConfigureAwait(false);
        var sb = new StringBuilder(OcrPair.Header).Append('\n');
        foreach (var pair in pairs)
        {
            sb.Append(pair.ToTsv()).Append('\n');
        }

        AtomicFile.WriteAllText(Path.Combine(root, path), sb.ToString());
        Console.WriteLine($"pairs: {pages.Count} text pages, {pairs.Count} OCR tokens → {path}");
        return pairs;
    }

    private static readonly Option<string?> MissesOption = new("--misses")
    {
        Description = "also write every held-out word the model got wrong (page, ocr, truth, output, class) to this TSV, for error analysis",
    };

    private static Command Repair()
    {
        var command = new Command("repair", "Train the repair classifier from the OCR pairs (made first if absent) and write models/repair/model.zip and MODEL_CARD.md");
        command.Options.Add(JobsOption);
        command.Options.Add(MissesOption);
        command.SetAction(async (ParseResult p, CancellationToken ct) =>
        {
            var root = RepoPaths.RequireRoot();
            var pairsFile = Path.Combine(root, PairsPath);
            var pairs = File.Exists(pairsFile) ? OcrPair.ReadAll(pairsFile) : await MakePairsAsync(root, p.GetValue(JobsOption), ct).ConfigureAwait(false);
            var summary = RepairTraining.Run(root, pairs, Console.Error);
            Console.WriteLine($"repair: {summary.Training.Examples} examples, threshold {summary.Training.Threshold:0.00}; {RepairTraining.ModelCardPath}");
            foreach (var set in summary.Sets)
            {
                var (m, r) = (set.Model, set.Rule);
                Console.WriteLine($"repair held out, {set.Name}: garbled {m.Garbled}, fixed {m.FixedRate:P1} (rule only {r.FixedRate:P1}), correct {m.Correct}, changed {m.ChangedRate:P2} (rule only {r.ChangedRate:P2})");
            }

            if (p.GetValue(MissesOption) is { } missesPath)
            {
                var lines = summary.Sets.SelectMany(s => s.Model.Misses.Select(m => $"{s.Name}\t{m.ToTsv()}"));
                AtomicFile.WriteAllText(missesPath, "set\t" + RepairMiss.Header + "\n" + string.Concat(lines.Select(l => l + "\n")));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static readonly Option<bool> NoPdfOption = new("--no-pdf") { Description = "train on the repository's word lists only, without the corpus PDFs' real spans" };

    private static Command Spans()
    {
        var command = new Command("spans", "Train the text-layer span classifier (LegacyBangla/English/UnicodeBangla/Number) and write models/spans/model.zip and MODEL_CARD.md");
        command.Options.Add(NoPdfOption);
        command.SetAction((ParseResult p, CancellationToken ct) =>
        {
            var root = RepoPaths.RequireRoot();
            var real = p.GetValue(NoPdfOption) ? [] : CorpusSpans.Read(root, "c06", ct);
            Console.Error.WriteLine($"spans train: {real.Count} real spans from corpus PDFs");
            var s = SpanTraining.Run(root, real, Console.Error);
            var perClass = string.Join(", ", SpanEvaluation.Kinds.Select(k => $"{k} {s.HeldOut.Accuracy(k):P2}"));
            Console.WriteLine($"spans: {s.TrainSpans} training spans, {s.HeldOutSpans} held out; held-out accuracy {s.HeldOut.OverallAccuracy:P2} ({perClass}); {s.Seconds:0.0} s; {SpanClassifier.ModelPath} {s.ModelBytes / 1024} KiB; {SpanTraining.ModelCardPath}");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
