using ApaIngest.Core.Documents;
using ApaIngest.Core.Pages;

namespace ApaIngest.Core.Pipeline;

/// <summary>Opens a PDF and gives its pages with text-layer words (already legacy-converted and visual-order repaired) and classification.</summary>
public interface IDocumentReader
{
    ReadDocument Read(string path, CancellationToken cancellationToken);
}

/// <summary>Recognises a page that has no usable text layer (kind Broken or Image) into words with boxes.</summary>
public interface IPageRecognizer
{
    Task<PageContent> RecognizeAsync(ReadDocument document, PageContent page, CancellationToken cancellationToken);
}

/// <summary>Repairs garbled words (OCR or damaged layers) without inventing new ones.</summary>
public interface IWordRepairer
{
    PageContent Repair(PageContent page);
}

/// <summary>Turns pages of words into the document JSON (tables, sections, codes, values).</summary>
public interface IAgreementExtractor
{
    ApaDocument Extract(ReadDocument document);
}

/// <summary>Post-processing on the extracted document: normalisation, validation, constraint repair, canonical ids.</summary>
public interface IDocumentPostProcessor
{
    ApaDocument Process(ApaDocument document);
}

/// <summary>The input could not be processed (not a PDF, encrypted, unreadable): exit code 1 with this message.</summary>
public sealed class InputRejectedException(string message, Exception? inner = null) : Exception(message, inner);
