using ApaIngest.Core.Documents;

namespace ApaIngest.Catalog.Matching;

/// <summary>What the matcher looks at for one indicator row.</summary>
public sealed record MatchQuery(
    string Name,
    string? Activity = null,
    string? Unit = null,
    string? Calculation = null,
    string? Group = null,
    string? Code = null,
    string? OfficeKind = null)
{
    public static MatchQuery From(Indicator indicator, string? officeKind) => new(
        indicator.Name,
        indicator.Activity,
        indicator.Unit,
        indicator.Calculation,
        indicator.Group,
        indicator.Code,
        officeKind);
}

/// <summary>
/// The id given to an indicator and how sure: <c>Score</c> of the best catalog entry (0-1 scale, adjustments included);
/// below the threshold <c>Id</c> is a provisional id and <c>BestEntryId</c> says what came closest.
/// </summary>
public sealed record CanonicalMatch(string Id, double Score, bool IsProvisional, string? BestEntryId);
