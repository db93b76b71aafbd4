namespace ApaIngest.Repair.Ml.Spans;

/// <summary>Confusion counts of the span classifier on labelled spans: [true class, predicted class].</summary>
public sealed class SpanEvaluation
{
    private readonly int[,] counts = new int[Kinds.Length, Kinds.Length];

    public static readonly SpanKind[] Kinds = Enum.GetValues<SpanKind>();

    public static SpanEvaluation Run(SpanClassifier classifier, IEnumerable<LabeledSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var e = new SpanEvaluation();
        foreach (var span in spans)
        {
            e.counts[(int)span.Kind, (int)classifier.Classify(span.Text)]++;
        }

        return e;
    }

    public int Count(SpanKind truth, SpanKind predicted) => counts[(int)truth, (int)predicted];

    public int Total(SpanKind truth) => Kinds.Sum(p => Count(truth, p));

    /// <summary>Share of spans of <paramref name="truth"/> classified as it (recall); 0 when there are none.</summary>
    public double Accuracy(SpanKind truth) => Total(truth) == 0 ? 0 : (double)Count(truth, truth) / Total(truth);

    public double OverallAccuracy
    {
        get
        {
            var total = Kinds.Sum(Total);
            return total == 0 ? 0 : (double)Kinds.Sum(k => Count(k, k)) / total;
        }
    }
}
