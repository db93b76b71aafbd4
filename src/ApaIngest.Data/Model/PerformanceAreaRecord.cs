namespace ApaIngest.Data.Model;

/// <summary>A strategic objective (কর্মসম্পাদনের ক্ষেত্র) of an agreement, in document order.</summary>
public sealed class PerformanceAreaRecord
{
    public long Id { get; set; }
    public long AgreementId { get; set; }
    public AgreementRecord Agreement { get; set; } = null!;
    public int Ordinal { get; set; }
    public required string Group { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public double? Weight { get; set; }
}
