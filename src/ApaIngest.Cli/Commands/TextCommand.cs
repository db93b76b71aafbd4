using System.CommandLine;
using System.Text;
using ApaIngest.Core.Pages;
using ApaIngest.Core.Pipeline;

namespace ApaIngest.Cli.Commands;

/// <summary>apa text FILE.pdf [--verbose]: the repaired text in reading order, pages separated by form feed.</summary>
internal static class TextCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "the PDF to read" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "report each page's kind and route (text-layer, legacy, ocr, broken-kept, no-text) on stderr" };
        var command = new Command("text", "Print a PDF's text in reading order after legacy conversion and text-layer repair (OCR for broken/image pages when available); pages are separated by U+000C.");
        command.Arguments.Add(file);
        command.Options.Add(verbose);
        command.SetAction((ParseResult p, CancellationToken ct) => RunAsync(p.GetValue(file)!, p.GetValue(verbose), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, bool verbose, CancellationToken ct)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"apa text: {file.Name}: no such file");
            return ExitCodes.InputRejected;
        }

        var pipeline = PipelineFactory.CreateExtractionPipeline();
        ReadDocument acquired;
        try
        {
            // the same acquisition path as extract and ingest: read, OCR Broken/Image pages, repair
            acquired = await pipeline.AcquireAsync(file.FullName, ct).ConfigureAwait(false);
        }
        catch (InputRejectedException e)
        {
            Console.Error.WriteLine($"apa text: {e.Message}");
            return ExitCodes.InputRejected;
        }

        var output = new StringBuilder();
        for (var i = 0; i < acquired.Pages.Count; i++)
        {
            var page = acquired.Pages[i];
            if (i > 0)
            {
                output.Append('\f');
            }

            output.Append(ReadingOrder.Text(page)).Append('\n');
            if (verbose)
            {
                // OCR and repair replace a page's words but keep the reader's classification
                Console.Error.WriteLine($"apa text: page {page.PageNumber}: {page.Kind.ToString().ToLowerInvariant()} → {Route(page)} ({page.KindReason})");
            }
        }

        Console.Out.Write(output.ToString());
        return ExitCodes.Success;
    }

    private static string Route(PageContent page)
    {
        if (page.Words.Any(w => w.Origin == WordOrigin.Ocr))
        {
            return "ocr";
        }

        return page.Kind switch
        {
            PageKind.Text => "text-layer",
            PageKind.Legacy => "legacy",
            PageKind.Broken => "broken-kept",
            _ => "no-text",
        };
    }
}
