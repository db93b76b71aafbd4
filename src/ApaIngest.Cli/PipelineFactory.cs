using ApaIngest.Core.Pipeline;

namespace ApaIngest.Cli;

/// <summary>Composes the one pipeline that extract, text, ingest and workers run.</summary>
internal static class PipelineFactory
{
    // Filled in as the stages land: reader (Pdf), recognizer (Ocr), repairers (Repair), extractor (Extraction),
    // post-processors (Validation, canonical matching).
}
