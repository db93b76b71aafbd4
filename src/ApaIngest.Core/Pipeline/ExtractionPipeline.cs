using ApaIngest.Core.Documents;
using ApaIngest.Core.Pages;

namespace ApaIngest.Core.Pipeline;

/// <summary>
/// The one path a document takes: read → OCR where needed → repair (legacy/visual order, then dictionary) → extract → post-process.
/// <c>extract</c>, <c>ingest</c>, workers and tests all call this object.
/// </summary>
public sealed class ExtractionPipeline(
    IDocumentReader reader,
    IPageRecognizer? recognizer,
    IReadOnlyList<IWordRepairer> repairers,
    IAgreementExtractor extractor,
    IReadOnlyList<IDocumentPostProcessor> postProcessors)
{
    /// <summary>Bounds how many pages are recognised side by side (one Tesseract engine each).</summary>
    public int OcrParallelism { get; init; } = 1;

    public async Task<ReadDocument> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var read = reader.Read(path, cancellationToken);
        var pages = new PageContent[read.Pages.Count];
        using var gate = new SemaphoreSlim(Math.Max(1, OcrParallelism));
        var tasks = read.Pages.Select(async (page, i) =>
        {
            if (recognizer is not null && page.Kind is PageKind.Broken or PageKind.Image)
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    page = await recognizer.RecognizeAsync(read, page, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            }

            foreach (var repairer in repairers)
            {
                page = repairer.Repair(page);
            }

            pages[i] = page;
        });
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return read with { Pages = pages };
    }

    public async Task<ApaDocument> RunAsync(string path, CancellationToken cancellationToken)
    {
        var acquired = await AcquireAsync(path, cancellationToken).ConfigureAwait(false);
        var document = extractor.Extract(acquired);
        foreach (var post in postProcessors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = post.Process(document);
        }

        return document;
    }
}
