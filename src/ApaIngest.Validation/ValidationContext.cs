using ApaIngest.Core.Documents;

namespace ApaIngest.Validation;

/// <summary>The working copy the rules read and change, with the issues they raise and what each indicator went through.</summary>
internal sealed class ValidationContext(ApaDocument document, ValidationOptions options)
{
    public ApaDocument Document { get; } = document;
    public ValidationOptions Options { get; } = options;
    public List<Indicator> Indicators { get; } = [.. document.Indicators];
    public List<PerformanceArea> Areas { get; } = [.. document.PerformanceAreas];
    public List<DocumentIssue> Issues { get; } = [];

    /// <summary>Per indicator index: the codes of the issues that concern it (for its confidence).</summary>
    public Dictionary<int, List<DocumentIssue>> IndicatorIssues { get; } = [];

    public bool MayRepair(int indicatorIndex) => MayRepairDocument && indicatorIndex >= 0;

    public bool MayRepairDocument => Options.MayRepair(Document);

    public int? PageOf(int indicatorIndex) => Indicators[indicatorIndex].Provenance?.Page;

    public int? PageOfArea(string group, string areaCode) =>
        Indicators.FirstOrDefault(i => i.Group == group && i.AreaCode == areaCode)?.Provenance?.Page;

    public void Report(string severity, string code, string message, int? page = null, int? indicatorIndex = null)
    {
        var issue = new DocumentIssue(severity, code, message, page);
        Issues.Add(issue);
        if (indicatorIndex is { } i)
        {
            if (!IndicatorIssues.TryGetValue(i, out var list))
            {
                IndicatorIssues[i] = list = [];
            }

            list.Add(issue);
        }
    }

    public static string Describe(Indicator i) => $"{(i.Group == Groups.Governance ? "governance " : string.Empty)}{i.Code}";

    public static string Describe(PerformanceArea a) =>
        $"{(a.Group == Groups.Governance ? "governance area" : "area")} {a.Code} '{a.Name}'";
}
