namespace ApaIngest.Data.Model;

/// <summary>
/// A section-3 row. Ordinal (document order) is the row identity: damaged documents can repeat a code, and a
/// repeated code must be kept and flagged by an issue, not refused.
/// </summary>
public sealed class IndicatorRecord
{
    public long Id { get; set; }
    public long AgreementId { get; set; }
    public AgreementRecord Agreement { get; set; } = null!;
    public int Ordinal { get; set; }
    public required string Group { get; set; }
    public required string AreaCode { get; set; }
    public required string ActivityCode { get; set; }
    public required string Activity { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Calculation { get; set; }
    public string? CalculationRaw { get; set; }
    public required string Unit { get; set; }
    public string? UnitRaw { get; set; }
    public double UnitScale { get; set; }
    public double? Weight { get; set; }
    public string? CanonicalId { get; set; }
    public double Confidence { get; set; }
    public int? Page { get; set; }
    public double[]? Bbox { get; set; }
}
