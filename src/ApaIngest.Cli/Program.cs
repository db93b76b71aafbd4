using System.CommandLine;
using ApaIngest.Cli;
using ApaIngest.Cli.Commands;

// Thin entry point: one handler class per command (Commands/), exit codes of the contract:
// 0 success, 1 input could not be processed, 2 bad usage.
var root = new RootCommand("ApaIngest: Bangladesh Annual Performance Agreements (APA) from PDF to structured, comparable data.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"apa: {error.Message}");
    }

    Console.Error.WriteLine("apa: see 'apa --help'");
    return ExitCodes.Usage;
}

return await parse.InvokeAsync().ConfigureAwait(false);
