namespace ApaIngest.CorpusGen.Vocabulary;

/// <summary>
/// One indicator as offices word it: a stable canonical id (issue 9), the canonical Bangla wording, an English gloss,
/// the printed unit and calculation method, a plausible range for the year's target, and real wording variants.
/// </summary>
public sealed record IndicatorTemplate(
    string Id,
    string NameBn,
    string NameEn,
    string UnitRaw,
    string CalculationRaw,
    double Min,
    double Max,
    IReadOnlyList<string> Variants)
{
    /// <summary>All wordings, the canonical first.</summary>
    public IReadOnlyList<string> Wordings => [NameBn, .. Variants];
}

/// <summary>An activity (কার্যক্রম [x.y]) with its indicators ([x.y.z]).</summary>
public sealed record ActivityTemplate(string Text, IReadOnlyList<IndicatorTemplate> Indicators);

/// <summary>A performance area (কর্মসম্পাদনের ক্ষেত্র) with the section 2 outcome indicator that goes with it.</summary>
public sealed record AreaTemplate(string Name, string OutcomeIndicator, IReadOnlyList<ActivityTemplate> Activities);

/// <summary>Where an office sits: upazila offices sign with a district office, district offices with a division or head office.</summary>
public enum OfficeLevel
{
    Upazila,
    District,
}

/// <summary>
/// A kind of office that signs APAs. Texts may hold the placeholders {u} (upazila), {d} (district) and {v} (division).
/// </summary>
public sealed record OfficeKind(
    string Id,
    string Short,
    string NameEn,
    OfficeLevel Level,
    string SignatoryTitle,
    string SignatoryOffice,
    string SupervisorTitle,
    string SupervisorOffice,
    string Vision,
    string Mission,
    IReadOnlyList<string> Functions,
    IReadOnlyList<(string Acronym, string Meaning)> Acronyms,
    string Evidence,
    IReadOnlyList<AreaTemplate> Areas);

/// <summary>A row of the governance action plans (annexes 4-8).</summary>
public sealed record PlanTemplate(int Annex, string Id, string Code, string Activity, string Indicator, string NameEn, string UnitRaw, double Weight, string TargetKind);
