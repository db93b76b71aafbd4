using System.CommandLine;
using ApaIngest.Core;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Pipeline;

namespace ApaIngest.Cli.Commands;

/// <summary>apa extract FILE.pdf [-o OUT.json]: the whole pipeline on one PDF, the document JSON to OUT or stdout.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "the APA PDF to extract" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "write the JSON here (whole or not at all) instead of stdout" };
        var command = new Command("extract", "Run the whole pipeline on one PDF and write its document JSON (schema_version 1).");
        command.Arguments.Add(file);
        command.Options.Add(output);
        command.SetAction((ParseResult p, CancellationToken ct) => RunAsync(p.GetValue(file)!, p.GetValue(output), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, FileInfo? output, CancellationToken ct)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"apa extract: {file.Name}: no such file");
            return ExitCodes.InputRejected;
        }

        ApaDocument document;
        try
        {
            document = await PipelineFactory.CreateExtractionPipeline().RunAsync(file.FullName, ct).ConfigureAwait(false);
        }
        catch (InputRejectedException e)
        {
            Console.Error.WriteLine($"apa extract: {e.Message}");
            return ExitCodes.InputRejected;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"apa extract: {file.Name}: {e.Message}");
            return ExitCodes.InputRejected;
        }

        var json = ApaDocumentJson.Serialize(document);
        if (output is null)
        {
            Console.Out.Write(json);
        }
        else
        {
            AtomicFile.WriteAllText(output.FullName, json);
        }

        return ExitCodes.Success;
    }
}
