namespace ApaIngest.Core.Evaluation;

/// <summary>Stable names of the scored field types (keys of <see cref="Score.Fields"/>, the JSON report and the tables).</summary>
public static class Fields
{
    public const string Name = "indicator.name";
    public const string Activity = "indicator.activity";
    public const string Unit = "indicator.unit";
    public const string Calculation = "indicator.calculation";
    public const string Weight = "indicator.weight";
    public const string Actuals = "cells.actuals";
    public const string Targets = "cells.targets";
    public const string Projections = "cells.projections";
    public const string CellsByUnitPrefix = "cells.unit.";
    public const string FiscalYear = "agreement.fiscal_year";
    public const string SignatoryTitle = "agreement.signatory.title";
    public const string SignatoryOffice = "agreement.signatory.office";
    public const string SupervisorTitle = "agreement.supervisor.title";
    public const string SupervisorOffice = "agreement.supervisor.office";
    public const string SignedOn = "agreement.signed_on";
    public const string AreaWeight = "areas.weight";
    public const string AreaName = "areas.name";

    /// <summary>Cells of matched and unmatched gold indicators together (the headline cells_exact).</summary>
    public static readonly IReadOnlyList<string> Cells = [Actuals, Targets, Projections];

    public static readonly IReadOnlyList<string> Agreement =
        [FiscalYear, SignatoryTitle, SignatoryOffice, SupervisorTitle, SupervisorOffice, SignedOn];
}
