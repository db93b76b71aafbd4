using ApaIngest.Core.Documents;

namespace ApaIngest.Extraction;

/// <summary>Collects the document's issues in the order they were found (deterministic), without repeats.</summary>
public sealed class IssueLog
{
    private readonly List<DocumentIssue> issues = [];
    private readonly HashSet<(string, string, int?)> seen = [];

    public IReadOnlyList<DocumentIssue> Issues => issues;

    public void Error(string code, string message, int? page = null) => Add(Severities.Error, code, message, page);
    public void Warning(string code, string message, int? page = null) => Add(Severities.Warning, code, message, page);
    public void Info(string code, string message, int? page = null) => Add(Severities.Info, code, message, page);

    private void Add(string severity, string code, string message, int? page)
    {
        if (seen.Add((code, message, page)))
        {
            issues.Add(new DocumentIssue(severity, code, message, page));
        }
    }
}
