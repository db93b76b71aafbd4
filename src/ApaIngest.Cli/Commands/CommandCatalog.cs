using System.CommandLine;

namespace ApaIngest.Cli.Commands;

/// <summary>Every command of the CLI, in the order --help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        ExtractCommand.Create(),
        TextCommand.Create(),
        RepairCommand.Create(),
        IngestCommand.Create(),
        EvalCommand.Create(),
        DbCommand.Create(),
        TrainCommand.Create(),
        CatalogCommand.Create(),
    ];
}
