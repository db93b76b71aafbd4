using System.CommandLine;
using System.Text;
using ApaIngest.Core;
using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Ml;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Cli.Commands;

/// <summary>apa train lexicon|pairs|repair: rebuild the domain lexicon, the OCR training pairs, the repair classifier.</summary>
internal static class TrainCommand
{
    private const string PairsPath = "models/repair/ocr-pairs.tsv";
    private const string SeedDamagePath = "tests/ApaIngest.Repair.Tests/TestData/seed-damage.tsv";

    public static Command Create()
    {
        var command = new Command("train", "Rebuild learned artefacts: lexicon (lexicon/apa-domain.tsv), pairs (OCR training pairs), repair (models/repair/model.zip)");
        command.Subcommands.Add(Lexicon());
        command.Subcommands.Add(Pairs());
        command.Subcommands.Add(Repair());
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

    private static Command Pairs()
    {
        var command = new Command("pairs", $"Render seed and synthetic text, OCR it with tesseract, align with the truth: {PairsPath}");
        command.Options.Add(JobsOption);
        command.SetAction(async (ParseResult p, CancellationToken ct) =>
        {
            var root = RepoPaths.RequireRoot();
            await MakePairsAsync(root, p.GetValue(JobsOption), ct).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<IReadOnlyList<OcrPair>> MakePairsAsync(string root, int jobs, CancellationToken ct)
    {
        var exclude = File.Exists(Path.Combine(root, SeedDamagePath))
            ? File.ReadLines(Path.Combine(root, SeedDamagePath)).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal)
            : [];
        var pages = OcrPairGenerator.TruthPages(root, exclude);
        var generator = new OcrPairGenerator { Jobs = jobs, Log = Console.Error };
        var pairs = await generator.GenerateAsync(pages, ct).ConfigureAwait(false);
        var sb = new StringBuilder(OcrPair.Header).Append('\n');
        foreach (var pair in pairs)
        {
            sb.Append(pair.ToTsv()).Append('\n');
        }

        AtomicFile.WriteAllText(Path.Combine(root, PairsPath), sb.ToString());
        Console.WriteLine($"pairs: {pages.Count} text pages, {pairs.Count} OCR tokens → {PairsPath}");
        return pairs;
    }

    private static Command Repair()
    {
        var command = new Command("repair", "Train the repair classifier from the OCR pairs (made first if absent) and write models/repair/model.zip and MODEL_CARD.md");
        command.Options.Add(JobsOption);
        command.SetAction(async (ParseResult p, CancellationToken ct) =>
        {
            var root = RepoPaths.RequireRoot();
            var pairsFile = Path.Combine(root, PairsPath);
            var pairs = File.Exists(pairsFile) ? OcrPair.ReadAll(pairsFile) : await MakePairsAsync(root, p.GetValue(JobsOption), ct).ConfigureAwait(false);
            var rule = LexiconWordRepairer.Load(root, useModel: false);
            var modelPath = Path.Combine(root, RepoPaths.RepairModel);
            var result = new RepairTrainer(rule.Corrector, Console.Error).Train(pairs, modelPath);
            var withModel = LexiconWordRepairer.Load(root);
            var test = pairs.Where(x => x.HeldOut).ToArray();
            var lexicon = rule.Corrector.Generator.Lexicon;
            var none = RepairEvaluation.Run(test, null, lexicon.Contains);
            var ruleEval = RepairEvaluation.Run(test, rule, lexicon.Contains);
            var modelEval = RepairEvaluation.Run(test, withModel, lexicon.Contains);
            AtomicFile.WriteAllText(Path.Combine(root, "models/repair/MODEL_CARD.md"), ModelCard.Render(pairs, result, none, ruleEval, modelEval, lexicon.Count));
            Console.WriteLine($"repair: {result.Examples} examples, threshold {result.Threshold:0.00}; held out: garbled {modelEval.Garbled}, fixed {modelEval.FixedRate:P1} (rule only {ruleEval.FixedRate:P1}), correct {modelEval.Correct}, changed {modelEval.ChangedRate:P2} (rule only {ruleEval.ChangedRate:P2})");
            return ExitCodes.Success;
        });
        return command;
    }
}
