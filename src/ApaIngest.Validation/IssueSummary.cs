using ApaIngest.Core.Documents;

namespace ApaIngest.Validation;

/// <summary>For batch reports (apa ingest): how many documents have at least one issue of each code.</summary>
public static class IssueSummary
{
    public static IReadOnlyDictionary<string, int> DocumentsByCode(IEnumerable<ApaDocument> documents)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            foreach (var code in d.Issues.Select(i => i.Code).Distinct(StringComparer.Ordinal))
            {
                counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        }

        return counts;
    }
}
