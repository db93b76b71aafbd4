using System.CommandLine;

namespace ApaIngest.Cli.Commands;

/// <summary>apa text (not built yet).</summary>
internal static class TextCommand
{
    public static Command Create()
    {
        var command = new Command("text", "(not built yet)");
        command.SetAction((_, _) =>
        {
            Console.Error.WriteLine("apa text: not built yet");
            return Task.FromResult(ExitCodes.Usage);
        });
        return command;
    }
}
