using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;

namespace ApaIngest.Validation;

/// <summary>Codes nest: an indicator's code is its activity's code plus one part, and the activity's is the area's plus one.</summary>
internal static class CodeRules
{
    public static void Apply(ValidationContext ctx)
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < ctx.Indicators.Count; i++)
        {
            var ind = ctx.Indicators[i];
            if (!seen.Add((ind.Group, ind.Code)))
            {
                ctx.Report(Severities.Warning, IssueCodes.CodeDuplicate,
                    $"{ValidationContext.Describe(ind)} appears more than once", ctx.PageOf(i), i);
            }

            if (!CodeParser.Nests(ind.Code, ind.ActivityCode) || !CodeParser.Nests(ind.ActivityCode, ind.AreaCode))
            {
                ctx.Report(Severities.Warning, IssueCodes.CodeNesting,
                    $"indicator {ind.Code} / activity {ind.ActivityCode} / area {ind.AreaCode} do not nest", ctx.PageOf(i), i);
            }
        }
    }
}
