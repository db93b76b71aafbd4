namespace ApaIngest.Extraction.Headers;

/// <summary>The canonical columns of the APA tables (section 3, section 2 and the annex plans).</summary>
public enum ColumnRole
{
    Unknown,
    Serial,
    Area,
    AreaWeight,
    Activity,
    Indicator,
    Calculation,
    Unit,
    Weight,
    Actual,
    Target,
    Projection,
    Outcome,
    JointlyResponsible,
    DataSource,
    Responsible,
    Progress,
    Comment,
}

/// <summary>What one table column holds: its role, the fiscal year (actuals, projections, targets) and the ladder level.</summary>
public sealed record ColumnAssignment(ColumnRole Role, string? FiscalYear = null, string? Level = null);
