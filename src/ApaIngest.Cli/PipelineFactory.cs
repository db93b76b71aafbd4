using ApaIngest.Catalog.Matching;
using ApaIngest.Core.Pipeline;
using ApaIngest.Extraction;
using ApaIngest.Ocr;
using ApaIngest.Pdf;
using ApaIngest.Repair.Spelling;
using ApaIngest.Repair.TextLayer;
using ApaIngest.Validation;

namespace ApaIngest.Cli;

/// <summary>
/// Composes the one pipeline that text, extract, ingest and workers run. Every stage is safe to share between
/// concurrent documents (the OCR engines are pooled, the repair classifier is locked, caches are concurrent), so a
/// process builds it once.
/// </summary>
internal static class PipelineFactory
{
    private static readonly Lazy<ExtractionPipeline> Shared = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The whole pipeline: PDF reader (text layer, legacy conversion, page kinds), Tesseract for Broken/Image pages,
    /// text-layer and dictionary repair, the agreement extractor, then validation (normalisation, arithmetic, constraint
    /// repair) and canonical indicator ids.
    /// </summary>
    internal static ExtractionPipeline CreateExtractionPipeline() => Shared.Value;

    private static ExtractionPipeline Build() =>
        new(
            new PdfDocumentReader(new PdfReadOptions()),
            new TesseractPageRecognizer(),
            WordRepairers(),
            new AgreementExtractor(),
            [new DocumentValidator(ValidatorSetup.Options()), CanonicalMatcher.LoadDefault()])
        {
            // pages of one document side by side; each Tesseract engine runs single-threaded (OMP_THREAD_LIMIT=1, set in Interop/NativeLibraries)
            OcrParallelism = Math.Max(1, Environment.ProcessorCount),
        };

    /// <summary>
    /// Text-layer repair (visual order, legacy leftovers), then the dictionary repair. <c>APA_WORD_REPAIR=0</c> leaves the
    /// dictionary repair out: for measuring what it adds (docs/accuracy.md, glyph repair in apa eval), not for production.
    /// </summary>
    private static IReadOnlyList<IWordRepairer> WordRepairers() =>
        Environment.GetEnvironmentVariable("APA_WORD_REPAIR") is "0" or "off" or "false" or "no"
            ? [new TextLayerRepairer()]
            : [new TextLayerRepairer(), LexiconWordRepairer.LoadDefault()];
}
