using System.CommandLine;

namespace ApaIngest.Cli.Commands;

/// <summary>apa db (not built yet).</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var command = new Command("db", "(not built yet)");
        command.SetAction((_, _) =>
        {
            Console.Error.WriteLine("apa db: not built yet");
            return Task.FromResult(ExitCodes.Usage);
        });
        return command;
    }
}
