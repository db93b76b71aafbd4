namespace ApaIngest.Data.Ingest;

public sealed record IngestOptions
{
    /// <summary>Extraction workers (the one writer is extra).</summary>
    public int Jobs { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Stored with every document; a newer version replaces what an older one loaded.</summary>
    public required string PipelineVersion { get; init; }

    public string? ModelVersion { get; init; }

    /// <summary>How long the batch waits for an unreachable database before it stops (resumable).</summary>
    public TimeSpan DatabaseWait { get; init; } = TimeSpan.FromMinutes(10);
}
