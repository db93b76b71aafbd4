namespace ApaIngest.Core.Evaluation;

/// <summary>A sum of per-item scores in [0, 1] over a number of gold items (exact fields score 0 or 1).</summary>
public readonly record struct Tally(double Score, int Total)
{
    public static readonly Tally Empty = default;

    /// <summary>Score / Total; null when there was nothing to score.</summary>
    public double? Rate => Total == 0 ? null : Score / Total;

    public static Tally Hit(bool correct) => new(correct ? 1 : 0, 1);

    public static Tally Partial(double score) => new(Math.Clamp(score, 0, 1), 1);

    public static Tally operator +(Tally a, Tally b) => new(a.Score + b.Score, a.Total + b.Total);
}

/// <summary>Indicator detection counts: matched by (group, code).</summary>
public readonly record struct Detection(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? (FalseNegatives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Detection operator +(Detection a, Detection b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}
