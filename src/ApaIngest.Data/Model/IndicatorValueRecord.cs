namespace ApaIngest.Data.Model;

/// <summary>One cell of an indicator row: an actual (by fiscal year), a target (by level) or a projection (by fiscal year).</summary>
public sealed class IndicatorValueRecord
{
    public long Id { get; set; }
    public long IndicatorId { get; set; }
    public IndicatorRecord Indicator { get; set; } = null!;
    /// <summary>actual | target | projection.</summary>
    public required string Kind { get; set; }
    /// <summary>The target ladder level (excellent … poor) for kind target, else null.</summary>
    public string? Level { get; set; }
    public string? FiscalYear { get; set; }
    /// <summary>The value in the unit's base (already multiplied by <see cref="Scale"/>).</summary>
    public double? ValueNumeric { get; set; }
    public DateOnly? ValueDate { get; set; }
    /// <summary>A non-numeric, non-ISO-date value as the document JSON has it.</summary>
    public string? ValueText { get; set; }
    public required string Unit { get; set; }
    public double Scale { get; set; }
    public string? Raw { get; set; }
    public double Confidence { get; set; }
    public int? Page { get; set; }
    public double[]? Bbox { get; set; }
}
