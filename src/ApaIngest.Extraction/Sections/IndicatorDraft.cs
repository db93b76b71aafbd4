using ApaIngest.Core.Documents;
using ApaIngest.Core.Pages;

namespace ApaIngest.Extraction.Sections;

/// <summary>An indicator row while section 3 is being read: rows split over a page break still add to it.</summary>
internal sealed class IndicatorDraft
{
    public required string Group { get; init; }
    public required string Code { get; set; }
    public required string AreaCode { get; set; }
    public required string ActivityCode { get; set; }
    public required string Activity { get; set; }
    public required string Name { get; set; }
    public string? CalculationRaw { get; set; }
    public string? UnitRaw { get; set; }
    public string? WeightRaw { get; set; }
    public List<(int Column, string? FiscalYear, string Raw)> Actuals { get; } = [];
    public List<(int Column, string Level, string Raw)> Targets { get; } = [];
    public List<(int Column, string? FiscalYear, string Raw)> Projections { get; } = [];
    public bool HasCalculationColumn { get; set; }
    public int Page { get; init; }
    public Box Box { get; set; }
    public double Confidence { get; set; } = 1;
}
