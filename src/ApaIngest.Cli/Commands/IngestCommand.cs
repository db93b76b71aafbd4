using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using ApaIngest.Cli.Ingest;
using ApaIngest.Core;
using ApaIngest.Core.Documents;
using ApaIngest.Data;
using ApaIngest.Data.Embedded;
using ApaIngest.Data.Ingest;
using Npgsql;

namespace ApaIngest.Cli.Commands;

/// <summary>apa ingest PATH... [--jobs N] [--db CONN] [--report FILE]: extract every PDF and load it into PostgreSQL.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "PDF files, directories (searched recursively for *.pdf) or text files listing paths, one per line ('-' reads the list from stdin).",
            Arity = ArgumentArity.OneOrMore,
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Extraction workers (default: the number of cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var db = new Option<string?>("--db") { Description = "Npgsql connection string or postgresql:// URL (default: $APA_DB, else the embedded cluster)." };
        var report = new Option<string?>("--report") { Description = "Write a JSON report of every document's outcome to FILE." };
        var fromJson = new Option<bool>("--from-json") { Description = "The inputs are document JSONs (from apa extract), not PDFs: load them as they are." };
        var pipelineVersion = new Option<string?>("--pipeline-version") { Description = "Override the pipeline version stored with documents.", Hidden = true };
        var delay = new Option<int>("--delay-ms") { Description = "Testing: wait this long before each extraction.", Hidden = true };

        var command = new Command("ingest", "Extract every PDF under the paths and load the records into PostgreSQL; re-running adds nothing twice.");
        command.Arguments.Add(paths);
        command.Options.Add(jobs);
        command.Options.Add(db);
        command.Options.Add(report);
        command.Options.Add(fromJson);
        command.Options.Add(pipelineVersion);
        command.Options.Add(delay);
        command.SetAction(async (ParseResult p, CancellationToken ct) =>
        {
            if (p.GetValue(jobs) < 1)
            {
                Console.Error.WriteLine("apa ingest: --jobs must be at least 1");
                return ExitCodes.Usage;
            }

            IDocumentSource source = p.GetValue(fromJson)
                ? new JsonDocumentSource(TimeSpan.FromMilliseconds(p.GetValue(delay)))
                : new PdfDocumentSource(PipelineFactory.CreateExtractionPipeline().RunAsync);

            return await RunAsync(p.GetValue(paths)!, p.GetValue(db), p.GetValue(report), source,
                new IngestOptions { Jobs = p.GetValue(jobs), PipelineVersion = p.GetValue(pipelineVersion) ?? PipelineVersion() }, ct).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>The version stored with each document: the CLI's assembly version (Directory.Build.props &lt;Version&gt;).</summary>
    public static string PipelineVersion() =>
        Assembly.GetExecutingAssembly().GetName().Version?.ToString(3) ?? "0.0.0";

    private static async Task<int> RunAsync(
        string[] paths, string? db, string? reportPath, IDocumentSource source, IngestOptions options, CancellationToken ct)
    {
        string connectionString;
        try
        {
            connectionString = await DatabaseLocator.ResolveAsync(db, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is EmbeddedClusterException or ArgumentException or FormatException or UriFormatException)
        {
            Console.Error.WriteLine($"apa ingest: no database: {e.Message}");
            return ExitCodes.InputRejected;
        }

        var display = new IngestConsole();
        var report = await display.RunAsync(progress =>
            new IngestBatch(connectionString, source, options) { Progress = progress, Log = display.Note }.RunAsync(paths, ct)).ConfigureAwait(false);
        display.Summary(report);
        if (reportPath is not null)
        {
            AtomicFile.WriteAllText(reportPath, JsonSerializer.Serialize(report, ApaDocumentJson.Options) + "\n");
        }

        NpgsqlConnection.ClearAllPools();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest: {report.Loaded} loaded, {report.Replaced} replaced, {report.Skipped} skipped, {report.Failed} failed{(report.Completed ? "" : $", {report.NotAttempted} not attempted ({report.StoppedBecause})")}"));
        return report.Completed && report.Failed == 0 ? ExitCodes.Success : ExitCodes.InputRejected;
    }
}
