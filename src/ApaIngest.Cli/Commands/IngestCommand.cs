using System.CommandLine;

namespace ApaIngest.Cli.Commands;

/// <summary>apa ingest (not built yet).</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var command = new Command("ingest", "(not built yet)");
        command.SetAction((_, _) =>
        {
            Console.Error.WriteLine("apa ingest: not built yet");
            return Task.FromResult(ExitCodes.Usage);
        });
        return command;
    }
}
