using ApaIngest.Core.Documents;

namespace ApaIngest.Validation;

/// <summary>
/// An indicator's confidence: its recognition confidence (what the extractor set) times a factor for each thing validation
/// found on its row: a repair (the reading was ambiguous) costs less than a rule it still breaks or a cell it could not read.
/// </summary>
public static class IndicatorConfidence
{
    private static readonly Dictionary<string, double> Factors = new(StringComparer.Ordinal)
    {
        [IssueCodes.WeightsRepaired] = 0.9,
        [IssueCodes.LadderRepaired] = 0.9,
        [IssueCodes.ValueMisreadRepaired] = 0.9,
        [IssueCodes.WeightsInferred] = 0.85,
        [IssueCodes.WeightsAreaSum] = 0.8,
        [IssueCodes.WeightsMissing] = 0.8,
        [IssueCodes.LadderOrder] = 0.75,
        [IssueCodes.ValueUnparsed] = 0.85,
        [IssueCodes.ValueRange] = 0.9,
        [IssueCodes.CodeNesting] = 0.7,
        [IssueCodes.CodeDuplicate] = 0.7,
    };

    public static double Combine(double recognition, IEnumerable<DocumentIssue> issues)
    {
        var c = Math.Clamp(double.IsFinite(recognition) ? recognition : 0, 0, 1);
        foreach (var issue in issues)
        {
            c *= Factors.TryGetValue(issue.Code, out var f) ? f : issue.Severity == Severities.Info ? 1 : 0.9;
        }

        return Math.Round(c, 3);
    }
}
