using System.Text.Json.Serialization;

namespace ApaIngest.Core.Documents;

/// <summary>One row of section 3: an indicator with its weight, actuals, target ladder and projections.</summary>
public sealed record Indicator
{
    public required string Group { get; init; }
    public required string AreaCode { get; init; }
    public required string ActivityCode { get; init; }
    public required string Activity { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>sum | average | cumulative | date | null.</summary>
    public string? Calculation { get; init; }
    public string? CalculationRaw { get; init; }
    /// <summary>percent | count | persons | date | score | taka | other.</summary>
    public required string Unit { get; init; }
    public string? UnitRaw { get; init; }
    public double UnitScale { get; init; } = 1;
    public double? Weight { get; init; }
    public IReadOnlyList<YearValue> Actuals { get; init; } = [];
    public IReadOnlyList<TargetValue> Targets { get; init; } = [];
    public IReadOnlyList<YearValue> Projections { get; init; } = [];
    public string? CanonicalId { get; init; }
    public double Confidence { get; init; } = 1;
    /// <summary>Omitted from JSON when unknown: the schema's provenance is an object, never null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Provenance? Provenance { get; init; }
}

/// <summary>A cell value: a number in the unit's base, an ISO date string, or null; <c>Raw</c> keeps the text as read.</summary>
public sealed record YearValue(string? FiscalYear, CellValue Value, string? Raw);

public sealed record TargetValue(string Level, CellValue Value, string? Raw);

public sealed record Provenance(int Page, IReadOnlyList<double>? Bbox);

/// <summary>Section 2 row (outcome/impact).</summary>
public sealed record Outcome
{
    [JsonPropertyName("outcome")]
    public string? Name { get; init; }
    public string? Indicator { get; init; }
    public string? Unit { get; init; }
    public string? UnitRaw { get; init; }
    public IReadOnlyList<YearValue> Actuals { get; init; } = [];
    public YearValue? Target { get; init; }
    public IReadOnlyList<YearValue> Projections { get; init; } = [];
    public string? JointlyResponsible { get; init; }
    public string? DataSource { get; init; }
}

/// <summary>A row of the governance action plans (annexes 4-8).</summary>
public sealed record PlanItem
{
    public int Annex { get; init; }
    public string? Code { get; init; }
    public string? Activity { get; init; }
    public string? Indicator { get; init; }
    public string? UnitRaw { get; init; }
    public double? Weight { get; init; }
    public string? Target { get; init; }
}

public sealed record DocumentIssue(string Severity, string Code, string Message, int? Page);

public static class Severities
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";
}

public static class TargetLevels
{
    public const string Excellent = "excellent";
    public const string VeryGood = "very_good";
    public const string Good = "good";
    public const string Fair = "fair";
    public const string Poor = "poor";
    public static readonly IReadOnlyList<string> All = [Excellent, VeryGood, Good, Fair, Poor];
}

public static class Units
{
    public const string Percent = "percent";
    public const string Count = "count";
    public const string Persons = "persons";
    public const string Date = "date";
    public const string Score = "score";
    public const string Taka = "taka";
    public const string Other = "other";
}

public static class Calculations
{
    public const string Sum = "sum";
    public const string Average = "average";
    public const string Cumulative = "cumulative";
    public const string Date = "date";
}
