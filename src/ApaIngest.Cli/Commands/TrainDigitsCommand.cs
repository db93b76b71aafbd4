using System.CommandLine;
using System.Globalization;
using System.Text;
using ApaIngest.Core;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Evaluation;
using ApaIngest.Core.Normalization;
using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Ml;
using ApaIngest.Validation.Misreadings;

namespace ApaIngest.Cli.Commands;

/// <summary>
/// apa train digits --gold DIR --pred DIR [--exclude DIR]: learns what OCR'd characters in numeric cells stand for, from
/// predictions (extracted with APA_CONSTRAINT_REPAIR=0) aligned with their gold, and writes models/digits/.
/// </summary>
internal static class TrainDigitsCommand
{
    private const string CardFile = "MODEL_CARD.md";

    public static Command Create()
    {
        var gold = new Option<DirectoryInfo[]>("--gold") { Description = "directories of gold NAME.json files (repeatable)", Required = true, AllowMultipleArgumentsPerToken = true };
        var pred = new Option<DirectoryInfo[]>("--pred") { Description = "directories of predicted NAME.VARIANT.json files (OCR variants, extracted with APA_CONSTRAINT_REPAIR=0; repeatable)", Required = true, AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<DirectoryInfo?>("--exclude") { Description = "gold directory whose documents are left out of training (the evaluation sample, corpus/gold)" };
        var ocrPairs = new Option<FileInfo?>("--ocr-pairs") { Description = $"also learn from the numeric tokens of rendered-and-OCR'd text ({RepairTraining.PairsPath}, `apa train pairs`)" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "directory for confusions.tsv and MODEL_CARD.md (default: the repository's models/digits)" };
        var command = new Command("digits", $"Learn the numeric-cell confusion table ({CellConfusions.RelativePath}) from predictions aligned with gold");
        command.Options.Add(gold);
        command.Options.Add(pred);
        command.Options.Add(exclude);
        command.Options.Add(ocrPairs);
        command.Options.Add(output);
        command.SetAction((ParseResult p, CancellationToken ct) =>
            Task.FromResult(Run(p.GetValue(gold)!, p.GetValue(pred)!, p.GetValue(exclude), p.GetValue(ocrPairs), p.GetValue(output))));
        return command;
    }

    private static int Run(DirectoryInfo[] goldDirs, DirectoryInfo[] predDirs, DirectoryInfo? excludeDir, FileInfo? ocrPairsFile, DirectoryInfo? output)
    {
        foreach (var dir in goldDirs.Concat(predDirs).Append(excludeDir).OfType<DirectoryInfo>().Where(d => !d.Exists))
        {
            Console.Error.WriteLine($"apa train digits: {dir.FullName}: no such directory");
            return ExitCodes.InputRejected;
        }

        if (ocrPairsFile is { Exists: false })
        {
            Console.Error.WriteLine($"apa train digits: {ocrPairsFile.FullName}: no such file");
            return ExitCodes.InputRejected;
        }

        var golds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in goldDirs.SelectMany(d => d.EnumerateFiles("*.json")))
        {
            golds.TryAdd(Path.GetFileNameWithoutExtension(file.Name), file.FullName);
        }

        var excluded = excludeDir?.EnumerateFiles("*.json").Select(f => Path.GetFileNameWithoutExtension(f.Name)).ToHashSet(StringComparer.Ordinal) ?? [];
        var pairs = new List<(string Read, string Truth)>();
        var documents = new List<string>();
        foreach (var file in predDirs.SelectMany(d => d.EnumerateFiles("*.json")).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file.Name);
            if (file.Length == 0 || EvaluationRunner.SplitName(stem, golds.Keys) is not { } key || excluded.Contains(key.Name))
            {
                continue;
            }

            ApaDocument predicted;
            try
            {
                predicted = ApaDocumentJson.Load(file.FullName);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException)
            {
                Console.Error.WriteLine($"apa train digits: {file.FullName}: skipped, not a document JSON ({e.Message.Split('\n')[0]})");
                continue;
            }

            if (predicted.Source.TextSource is not (TextSources.Ocr or TextSources.Mixed))
            {
                continue; // a text layer's digits are exact: nothing to learn about recognition
            }

            pairs.AddRange(MisreadingPairs.From(ApaDocumentJson.Load(golds[key.Name]), predicted));
            documents.Add(stem);
        }

        var documentCells = pairs.Count;
        if (ocrPairsFile is not null)
        {
            pairs.AddRange(OcrPair.ReadAll(ocrPairsFile.FullName)
                .Where(p => NumericToken(p.Truth) && p.Ocr.Length > 0)
                .Select(p => (CellText.Clean(p.Ocr), CellText.Clean(p.Truth))));
        }

        if (pairs.Count == 0)
        {
            Console.Error.WriteLine($"apa train digits: {string.Join(", ", predDirs.Select(d => d.FullName))}: no OCR prediction matches a gold document");
            return ExitCodes.InputRejected;
        }

        var table = CellConfusions.Learn(pairs);
        var root = RepoPaths.FindRoot() ?? Environment.CurrentDirectory;
        var outDir = output?.FullName ?? Path.Combine(root, Path.GetDirectoryName(CellConfusions.RelativePath)!);
        Directory.CreateDirectory(outDir);
        var tablePath = Path.Combine(outDir, Path.GetFileName(CellConfusions.RelativePath));
        AtomicFile.WriteAllText(tablePath, table.ToTsv());
        AtomicFile.WriteAllText(Path.Combine(outDir, CardFile), Card(table, pairs, documentCells, documents, excluded.Count, ocrPairsFile is null ? null : Path.GetRelativePath(root, ocrPairsFile.FullName)));
        var misread = pairs.Count(p => p.Read != p.Truth);
        Console.WriteLine($"digits: {documents.Count} OCR documents, {pairs.Count} cells ({misread} misread), {table.All.Count()} confusions → {Path.GetRelativePath(Environment.CurrentDirectory, tablePath)}");
        return ExitCodes.Success;
    }

    /// <summary>A value token: digits with at most the separators of a value (not a code like [১.২.১] or a word).</summary>
    private static bool NumericToken(string truth) =>
        truth.Any(char.IsDigit) && truth.All(c => char.IsDigit(c) || c is '.' or ',' or '%' or '-' or '/');

    private static string Card(CellConfusions table, List<(string Read, string Truth)> pairs, int documentCells, List<string> documents, int excluded, string? ocrPairs)
    {
        var inv = CultureInfo.InvariantCulture;
        var misread = pairs.Where(p => p.Read != p.Truth).ToList();
        var sb = new StringBuilder();
        sb.Append("# Numeric-cell confusion table (models/digits/confusions.tsv)\n\n");
        sb.Append("Made by `scripts/apa train digits`; do not edit by hand. Used by the validator's misread-cell repair\n");
        sb.Append("(`src/ApaIngest.Validation/Misreadings`, issue 8): each character of a numeric cell that recognition visibly got\n");
        sb.Append("wrong is replaced by what it stood for, readings are multiplied out, and the likeliest reading that passes the\n");
        sb.Append("row's checks (unit, ladder, row scale, date year) is taken. Its effect is measured in docs/accuracy.md.\n\n");
        sb.Append("## Data\n");
        sb.Append(inv, $"- {documents.Count} OCR predictions (extracted with `APA_CONSTRAINT_REPAIR=0`) aligned with their gold; {excluded} gold documents of\n");
        sb.Append("  the evaluation sample (corpus/gold) excluded, so the sample's before/after numbers are held out.\n");
        sb.Append(inv, $"- {documentCells} value cells from those documents");
        if (ocrPairs is null)
        {
            sb.Append(".\n");
        }
        else
        {
            sb.Append(inv, $", and {pairs.Count - documentCells} numeric tokens of `{ocrPairs}` (text rendered with text2image, read with tesseract -l ben).\n");
        }

        sb.Append(inv, $"- {pairs.Count} pairs in all, {misread.Count} misread ({100.0 * misread.Count / pairs.Count:0.0} %); pairs whose lengths differ by more than half are skipped.\n");
        sb.Append(inv, $"- {table.All.Count()} (read → truth) confusions seen at least twice.\n\n");
        sb.Append("Reproduce: `scripts/train-digits` (makes corpus-full/ and corpus-train/ if missing, extracts their scans with\n");
        sb.Append("`APA_CONSTRAINT_REPAIR=0`, then runs `apa train digits` on them, leaving out corpus/gold).\n\n");
        sb.Append("## Documents\n");
        foreach (var d in documents)
        {
            sb.Append("- ").Append(d).Append('\n');
        }

        sb.Append("\n## Strongest misreadings (read ≠ truth)\n\n| read | truth | count | P(truth given read) |\n|---|---|---:|---:|\n");
        foreach (var c in table.All.Where(c => c.Read != c.Truth).OrderByDescending(c => c.Count).Take(30))
        {
            sb.Append(inv, $"| `{Show(c.Read)}` | {(c.Truth == '\0' ? "(nothing)" : Show(c.Truth))} | {c.Count} | {c.Probability:0.00} |\n");
        }

        return sb.ToString();
    }

    private static string Show(char c) => char.IsWhiteSpace(c) ? "space" : c.ToString();
}
