namespace ApaIngest.Validation;

/// <summary>The stable codes of the issues this stage writes (users filter and count by them; never rename one).</summary>
public static class IssueCodes
{
    public const string FiscalYearMissing = "fiscal_year.missing";
    public const string FiscalYearColumns = "fiscal_year.columns";
    public const string AreasMissing = "areas.missing";
    public const string IndicatorsMissing = "indicators.missing";
    public const string WeightsMissing = "weights.missing";
    public const string WeightsTotal = "weights.total";
    public const string WeightsOfficeTotal = "weights.office_total";
    public const string WeightsGovernanceTotal = "weights.governance_total";
    public const string WeightsAreaSum = "weights.area_sum";
    public const string WeightsGovernanceSplit = "weights.governance_split";
    public const string WeightsRepaired = "weights.repaired";
    public const string WeightsInferred = "weights.inferred";
    public const string LadderOrder = "ladder.order";
    public const string LadderRepaired = "ladder.repaired";
    public const string CodeNesting = "code.nesting";
    public const string CodeDuplicate = "code.duplicate";
    public const string ValueUnparsed = "value.unparsed";
    public const string ValueRange = "value.range";
    public const string ValueMisreadRepaired = "value.misread_repaired";

    /// <summary>Codes only this stage writes (others may also report missing years, areas or unreadable values).</summary>
    public static readonly IReadOnlySet<string> OwnedByValidation = new HashSet<string>(StringComparer.Ordinal)
    {
        FiscalYearColumns, WeightsMissing, WeightsTotal, WeightsOfficeTotal, WeightsGovernanceTotal, WeightsAreaSum,
        WeightsGovernanceSplit, WeightsRepaired, WeightsInferred, LadderOrder, LadderRepaired, ValueMisreadRepaired, CodeNesting, CodeDuplicate,
    };
}
