using ApaIngest.Core.Pipeline;
using ApaIngest.Pdf;
using ApaIngest.Repair.TextLayer;

namespace ApaIngest.Cli;

/// <summary>Composes the one pipeline that extract, text, ingest and workers run.</summary>
internal static class PipelineFactory
{
    // Filled in as the stages land: reader (Pdf), recognizer (Ocr), repairers (Repair), extractor (Extraction),
    // post-processors (Validation, canonical matching).

    /// <summary>
    /// The acquisition stages `apa text` runs: the PDF reader, the page recognizer for Broken/Image pages (null until OCR is
    /// wired here) and the word repairers in order (text layer first; the dictionary repair appends itself).
    /// </summary>
    internal static TextStages CreateTextStages() =>
        new(new PdfDocumentReader(new PdfReadOptions()), null, [new TextLayerRepairer(), ApaIngest.Repair.Spelling.LexiconWordRepairer.LoadDefault()]);

    /// <summary>
    /// The whole pipeline `apa extract` (and ingest, workers) runs: the text stages, OCR for Broken/Image pages, the
    /// agreement extractor and the post-processors (validation).
    /// </summary>
    internal static ExtractionPipeline CreateExtractionPipeline()
    {
        var stages = CreateTextStages();
        var recognizer = stages.Recognizer ?? new ApaIngest.Ocr.TesseractPageRecognizer();
        return new ExtractionPipeline(
            stages.Reader,
            recognizer,
            stages.Repairers,
            new ApaIngest.Extraction.AgreementExtractor(),
            [new ApaIngest.Validation.DocumentValidator()])
        {
            OcrParallelism = Math.Max(1, Environment.ProcessorCount / 2),
        };
    }
}

/// <summary>Reader, optional recognizer and repairers: what turns a PDF into repaired words.</summary>
internal sealed record TextStages(IDocumentReader Reader, IPageRecognizer? Recognizer, IReadOnlyList<IWordRepairer> Repairers);
