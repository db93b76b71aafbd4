namespace ApaIngest.Data.Model;

/// <summary>The agreement of one document: who signs, who supervises, for which fiscal year.</summary>
public sealed class AgreementRecord
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public DocumentRecord Document { get; set; } = null!;
    public string? FiscalYear { get; set; }
    public long? SignatoryOfficeId { get; set; }
    public OfficeRecord? SignatoryOffice { get; set; }
    public string? SignatoryTitle { get; set; }
    public long? SupervisorOfficeId { get; set; }
    public OfficeRecord? SupervisorOffice { get; set; }
    public string? SupervisorTitle { get; set; }
    public DateOnly? SignedOn { get; set; }
    public string? Vision { get; set; }
    public string? Mission { get; set; }
}
