using ApaIngest.Catalog.Model;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Text;

namespace ApaIngest.Catalog.Matching;

/// <summary>Which kind of office signed the agreement, from the signatory's title and office on the cover.</summary>
public static class OfficeKindDetector
{
    /// <summary>The kind whose longest keyword occurs in the signatory text; null when none does.</summary>
    public static string? Detect(AgreementInfo agreement, IReadOnlyList<OfficeKind> kinds)
    {
        var text = BanglaText.Normalize($"{agreement.Signatory.Title} {agreement.Signatory.Office}");
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string? best = null;
        var bestLength = 0;
        foreach (var kind in kinds)
        {
            foreach (var keyword in kind.Keywords)
            {
                var k = BanglaText.Normalize(keyword);
                if (k.Length > bestLength && text.Contains(k, StringComparison.OrdinalIgnoreCase))
                {
                    best = kind.Id;
                    bestLength = k.Length;
                }
            }
        }

        return best;
    }
}
