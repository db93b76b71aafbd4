using System.CommandLine;

namespace ApaIngest.Cli.Commands;

/// <summary>apa eval (not built yet).</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "(not built yet)");
        command.SetAction((_, _) =>
        {
            Console.Error.WriteLine("apa eval: not built yet");
            return Task.FromResult(ExitCodes.Usage);
        });
        return command;
    }
}
