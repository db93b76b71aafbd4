namespace ApaIngest.Core.Evaluation;

/// <summary>
/// Scores of one document or a sum of documents. Denominators are gold items: an indicator the prediction misses scores 0
/// for its name and every one of its cells, so an empty prediction scores 0 everywhere.
/// </summary>
public sealed record Score
{
    public static readonly Score Zero = new();

    public Detection Indicators { get; init; }
    public IReadOnlyDictionary<string, Tally> Fields { get; init; } = new SortedDictionary<string, Tally>(StringComparer.Ordinal);

    /// <summary>Cells counted over the matched indicators only (separates table-finding errors from reading errors).</summary>
    public Tally CellsOfMatched { get; init; }

    public Tally Field(string name) => Fields.TryGetValue(name, out var t) ? t : Tally.Empty;

    public Tally Cells => Evaluation.Fields.Cells.Aggregate(Tally.Empty, (sum, f) => sum + Field(f));

    public Tally AgreementFields => Evaluation.Fields.Agreement.Aggregate(Tally.Empty, (sum, f) => sum + Field(f));

    public static Score operator +(Score a, Score b)
    {
        var fields = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var (k, v) in a.Fields.Concat(b.Fields))
        {
            fields[k] = fields.TryGetValue(k, out var t) ? t + v : v;
        }

        return new Score
        {
            Indicators = a.Indicators + b.Indicators,
            Fields = fields,
            CellsOfMatched = a.CellsOfMatched + b.CellsOfMatched,
        };
    }
}

/// <summary>The score of one prediction file (or of a missing one) against its gold document.</summary>
public sealed record DocumentScore(string Name, string Variant, string? PredFile, string Status, Score Score)
{
    public const string Ok = "ok";
    public const string Missing = "missing";
    public const string Unreadable = "unreadable";
}

/// <summary>All documents, their sum per variant and overall.</summary>
public sealed record EvaluationResult(
    IReadOnlyList<DocumentScore> Documents,
    IReadOnlyDictionary<string, Score> ByVariant,
    Score Overall,
    IReadOnlyList<string> Warnings)
{
    public static EvaluationResult From(IReadOnlyList<DocumentScore> documents, IReadOnlyList<string> warnings)
    {
        var byVariant = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            byVariant[d.Variant] = byVariant.TryGetValue(d.Variant, out var s) ? s + d.Score : d.Score;
        }

        var overall = documents.Aggregate(Score.Zero, (sum, d) => sum + d.Score);
        return new EvaluationResult(documents, byVariant, overall, warnings);
    }
}
