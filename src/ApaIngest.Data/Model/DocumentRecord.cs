namespace ApaIngest.Data.Model;

/// <summary>One loaded PDF, identified by the SHA-256 of its bytes; the whole document JSON is kept for audit.</summary>
public sealed class DocumentRecord
{
    public long Id { get; set; }
    public required string Sha256 { get; set; }
    public required string FileName { get; set; }
    public required string SourcePath { get; set; }
    public int PageCount { get; set; }
    public required string TextSource { get; set; }
    public string? FiscalYear { get; set; }
    public int SchemaVersion { get; set; }
    public required string PipelineVersion { get; set; }
    public string? ModelVersion { get; set; }
    /// <summary>loaded | loaded-with-errors (the document JSON has error issues).</summary>
    public required string Status { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
    public required string DocumentJson { get; set; }
}
