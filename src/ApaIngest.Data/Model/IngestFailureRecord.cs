namespace ApaIngest.Data.Model;

/// <summary>The quarantine: a file the ingest could not load, with why; removed when the file later loads.</summary>
public sealed class IngestFailureRecord
{
    public long Id { get; set; }
    public required string SourcePath { get; set; }
    public string? Sha256 { get; set; }
    /// <summary>A short machine-readable reason (input-rejected, extraction-error, load-error, …).</summary>
    public required string Reason { get; set; }
    public required string Message { get; set; }
    public required string PipelineVersion { get; set; }
    public DateTimeOffset FailedAt { get; set; }
}
