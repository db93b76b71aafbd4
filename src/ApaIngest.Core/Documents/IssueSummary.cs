namespace ApaIngest.Core.Documents;

/// <summary>For batch reports (apa ingest): per issue code, how many documents have at least one issue of it (not how many issues).</summary>
public sealed class IssueSummary
{
    private readonly SortedDictionary<string, int> counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Counts => counts;

    public static IReadOnlyDictionary<string, int> DocumentsByCode(IEnumerable<ApaDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var summary = new IssueSummary();
        foreach (var d in documents)
        {
            summary.Add(d);
        }

        return summary.Counts;
    }

    public void Add(ApaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var code in document.Issues.Select(i => i.Code).Distinct(StringComparer.Ordinal))
        {
            counts[code] = counts.GetValueOrDefault(code) + 1;
        }
    }
}
