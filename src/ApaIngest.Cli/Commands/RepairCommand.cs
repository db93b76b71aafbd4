using System.CommandLine;
using System.Globalization;
using ApaIngest.Repair.Legacy;
using ApaIngest.Repair.TextLayer;

namespace ApaIngest.Cli.Commands;

/// <summary>
/// apa repair: stdin lines → stdout lines, same count and order, each passed through the line repairers in turn
/// (Bijoy → Unicode, visual → logical order; the dictionary repair adds itself to <see cref="LineRepairers"/>).
/// </summary>
internal static class RepairCommand
{
    /// <summary>The line repairers before the dictionary repair: Bijoy → Unicode, visual → logical order (declared first: <see cref="LineRepairers"/> is built from it).</summary>
    private static readonly Func<string, string>[] Conversions = [BijoyLine.Convert, TextLayerText.Repair];

    /// <summary>The line repairers, in order. Each must return an already-correct Unicode line unchanged.</summary>
    internal static IReadOnlyList<Func<string, string>> LineRepairers { get; } = [.. Conversions, DictionaryLine];

    public static Command Create()
    {
        var command = new Command("repair", "Repair text lines from stdin to stdout (same number and order of lines): Bijoy/SutonnyMJ lines are converted to Unicode, vowel signs in visual order are put in logical order.");
        command.Options.Add(ExplainOption);
        command.SetAction((ParseResult p, CancellationToken ct) =>
            Task.FromResult(p.GetValue(ExplainOption) ? Explain(Console.In, Console.Out, ct) : Run(Console.In, Console.Out, ct)));
        return command;
    }

    private static readonly Option<bool> ExplainOption = new("--explain")
    {
        Description = "instead of the repaired lines, print for each word repair looks at: the word, what it became, and its candidates with cost and the classifier's probability (TSV)",
    };

    /// <summary>The dictionary repair's reasoning, word by word: word, result, then up to <see cref="ExplainedCandidates"/> "candidate cost p".</summary>
    internal static int Explain(TextReader input, TextWriter output, CancellationToken ct)
    {
        var repairer = ApaIngest.Repair.Spelling.LexiconWordRepairer.LoadDefault();
        var threshold = repairer.Corrector.Classifier?.Threshold;
        output.WriteLine($"word\tresult\tcandidates (cost p; replaced at p >= {threshold?.ToString("0.00", CultureInfo.InvariantCulture) ?? "rule"})");
        while (input.ReadLine() is { } raw)
        {
            ct.ThrowIfCancellationRequested();
            var line = Conversions.Aggregate(raw, (text, convert) => convert(text));
            foreach (var (word, result, candidates) in repairer.ExplainLine(line))
            {
                var shown = candidates.Take(ExplainedCandidates).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Candidate.Word} {c.Candidate.Cost:0.00} {c.Probability:0.000}"));
                output.WriteLine($"{word}\t{result.Word}\t{string.Join("; ", shown)}");
            }
        }

        output.Flush();
        return ExitCodes.Success;
    }

    private const int ExplainedCandidates = 8;

    internal static int Run(TextReader input, TextWriter output, CancellationToken ct)
    {
        while (input.ReadLine() is { } line)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var repair in LineRepairers)
            {
                line = repair(line);
            }

            output.WriteLine(line);
        }

        output.Flush();
        return ExitCodes.Success;
    }

    /// <summary>Garbled words fixed against the lexicons by the repair classifier (after the conversions above).</summary>
    private static string DictionaryLine(string line) => ApaIngest.Repair.Spelling.LexiconWordRepairer.LoadDefault().RepairLine(line);
}
