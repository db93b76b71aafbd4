using ApaIngest.Core.Documents;

namespace ApaIngest.Cli.Ingest;

/// <summary>The PDF → document JSON function the ingest runs on its workers: the shared pipeline of extract.</summary>
internal static class IngestExtraction
{
    public static Func<string, CancellationToken, Task<ApaDocument>> Create() => PipelineFactory.CreateExtractionPipeline().RunAsync;
}
