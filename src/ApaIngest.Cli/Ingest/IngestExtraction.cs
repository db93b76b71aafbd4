using ApaIngest.Core.Documents;

namespace ApaIngest.Cli.Ingest;

/// <summary>The PDF → document JSON function the ingest runs on its workers.</summary>
internal static class IngestExtraction
{
    /// <summary>
    /// TODO(lead): return the real pipeline once PipelineFactory composes it, e.g.
    /// <c>var pipeline = PipelineFactory.Create(); return pipeline.RunAsync;</c> (one pipeline shared by all workers
    /// must be thread-safe; otherwise create one per call). Until then PDFs are refused with a clear message and
    /// only <c>--from-json</c> ingests.
    /// </summary>
    public static Func<string, CancellationToken, Task<ApaDocument>>? Create() => null;
}
