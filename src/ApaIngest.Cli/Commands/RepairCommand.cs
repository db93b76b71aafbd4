using System.CommandLine;
using ApaIngest.Repair.Legacy;
using ApaIngest.Repair.TextLayer;

namespace ApaIngest.Cli.Commands;

/// <summary>
/// apa repair: stdin lines → stdout lines, same count and order, each passed through the line repairers in turn
/// (Bijoy → Unicode, visual → logical order; the dictionary repair adds itself to <see cref="LineRepairers"/>).
/// </summary>
internal static class RepairCommand
{
    /// <summary>The line repairers, in order. Each must return an already-correct Unicode line unchanged.</summary>
    internal static IReadOnlyList<Func<string, string>> LineRepairers { get; } =
    [
        BijoyLine.Convert,
        TextLayerText.Repair,
        DictionaryLine,
    ];

    public static Command Create()
    {
        var command = new Command("repair", "Repair text lines from stdin to stdout (same number and order of lines): Bijoy/SutonnyMJ lines are converted to Unicode, vowel signs in visual order are put in logical order.");
        command.SetAction((ParseResult _, CancellationToken ct) => Task.FromResult(Run(Console.In, Console.Out, ct)));
        return command;
    }

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
