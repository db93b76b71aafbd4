using ApaIngest.Core.Documents;
using ApaIngest.Core.Pipeline;
using ApaIngest.Validation.Misreadings;

namespace ApaIngest.Validation;

/// <summary>
/// Issue 8's post-processor: re-reads cells the extractor left null, repairs misread digits where the document's own
/// arithmetic allows exactly one reading (weights, target ladder), reports every rule still broken as an issue with a stable
/// code (<see cref="IssueCodes"/>), and sets each indicator's confidence.
/// </summary>
public sealed class DocumentValidator(ValidationOptions? options = null) : IDocumentPostProcessor
{
    private readonly ValidationOptions _options = options ?? ValidationOptions.FromEnvironment();

    public ApaDocument Process(ApaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Issues.Any(i => IssueCodes.OwnedByValidation.Contains(i.Code)))
        {
            // Already validated: a second pass would take its own lowered confidences for recognition doubt.
            return document;
        }

        var ctx = new ValidationContext(document, _options);
        if (document.Agreement.FiscalYear is null)
        {
            ctx.Report(Severities.Warning, IssueCodes.FiscalYearMissing, "the agreement's fiscal year was not found", 1);
        }

        MisreadCellRules.Apply(ctx);
        ValueRules.Apply(ctx);
        CodeRules.Apply(ctx);
        WeightRules.Apply(ctx);
        LadderRules.Apply(ctx);

        var indicators = ctx.Indicators
            .Select((ind, i) => ind with { Confidence = IndicatorConfidence.Combine(ind.Confidence, ctx.IndicatorIssues.GetValueOrDefault(i) ?? []) })
            .ToList();

        // Re-running on a validated document must not repeat its issues.
        var issues = document.Issues.ToList();
        foreach (var issue in ctx.Issues.Where(i => !issues.Contains(i)))
        {
            issues.Add(issue);
        }

        return document with { Indicators = indicators, PerformanceAreas = ctx.Areas, Issues = issues };
    }
}
