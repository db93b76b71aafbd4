using System.CommandLine;

namespace ApaIngest.Cli.Commands;

/// <summary>apa extract (not built yet).</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var command = new Command("extract", "(not built yet)");
        command.SetAction((_, _) =>
        {
            Console.Error.WriteLine("apa extract: not built yet");
            return Task.FromResult(ExitCodes.Usage);
        });
        return command;
    }
}
