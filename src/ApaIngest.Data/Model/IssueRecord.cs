namespace ApaIngest.Data.Model;

/// <summary>A warning or error the pipeline reported about a document (the JSON's issues).</summary>
public sealed class IssueRecord
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public DocumentRecord Document { get; set; } = null!;
    public int Ordinal { get; set; }
    public required string Severity { get; set; }
    public required string Code { get; set; }
    public required string Message { get; set; }
    public int? Page { get; set; }
}
