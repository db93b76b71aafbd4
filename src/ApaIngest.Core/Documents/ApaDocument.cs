namespace ApaIngest.Core.Documents;

/// <summary>The document JSON of the contract (schema_version 1); see docs/spec/apa-document.schema.json.</summary>
public sealed record ApaDocument
{
    public int SchemaVersion { get; init; } = 1;
    public required SourceInfo Source { get; init; }
    public required AgreementInfo Agreement { get; init; }
    public IReadOnlyList<PerformanceArea> PerformanceAreas { get; init; } = [];
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    public IReadOnlyList<Outcome> Outcomes { get; init; } = [];
    public IReadOnlyList<PlanItem> PlanItems { get; init; } = [];
    public IReadOnlyList<DocumentIssue> Issues { get; init; } = [];
}

public sealed record SourceInfo(string FileName, string Sha256, int PageCount, string TextSource);

/// <summary>Values of <see cref="SourceInfo.TextSource"/>.</summary>
public static class TextSources
{
    public const string TextLayer = "text-layer";
    public const string LegacyTextLayer = "legacy-text-layer";
    public const string Ocr = "ocr";
    public const string Mixed = "mixed";
}

public sealed record AgreementInfo
{
    public string? FiscalYear { get; init; }
    public Party Signatory { get; init; } = new(null, null);
    public Party Supervisor { get; init; } = new(null, null);
    public string? SignedOn { get; init; }
    public string? Vision { get; init; }
    public string? Mission { get; init; }
}

public sealed record Party(string? Title, string? Office);

public sealed record PerformanceArea(string Group, string Code, string Name, double? Weight);

public static class Groups
{
    public const string Office = "office";
    public const string Governance = "governance";
}
