using System.CommandLine;

namespace ApaIngest.Cli.Commands;

/// <summary>apa repair (not built yet).</summary>
internal static class RepairCommand
{
    public static Command Create()
    {
        var command = new Command("repair", "(not built yet)");
        command.SetAction((_, _) =>
        {
            Console.Error.WriteLine("apa repair: not built yet");
            return Task.FromResult(ExitCodes.Usage);
        });
        return command;
    }
}
