using System.Diagnostics;
using Microsoft.ML;

namespace ApaIngest.Repair.Ml.Spans;

/// <summary>
/// The whole `apa train spans` step: build the spans (<see cref="SpanCorpus"/> plus any real text-layer spans the caller read
/// from PDFs), train on the part not held out, evaluate the saved model on the held-out part, write models/spans/MODEL_CARD.md.
/// </summary>
public static class SpanTraining
{
    public const string ModelCardPath = "models/spans/MODEL_CARD.md";

    public sealed record Summary(int TrainSpans, int HeldOutSpans, SpanEvaluation HeldOut, SpanEvaluation? RealHeldOut, double Seconds, long ModelBytes);

    public static Summary Run(string root, IReadOnlyList<LabeledSpan> realSpans, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(realSpans);
        ArgumentNullException.ThrowIfNull(log);
        var watch = Stopwatch.StartNew();
        var spans = SpanCorpus.Build(root).Concat(realSpans).ToList();
        var train = spans.Where(s => !s.HeldOut).ToList();
        var test = spans.Where(s => s.HeldOut).ToList();
        log.WriteLine($"spans train: {train.Count} training spans, {test.Count} held out");
        var ml = new MLContext(seed: SpanCorpus.Seed);
        var model = SpanTrainer.Fit(ml, train);
        var path = Path.Combine(root, SpanClassifier.ModelPath);
        SpanTrainer.Save(ml, model, path);
        var seconds = watch.Elapsed.TotalSeconds;
        using var classifier = SpanClassifier.Load(path);
        var heldOut = SpanEvaluation.Run(classifier, test);
        var realTest = test.Where(s => s.Source.StartsWith("pdf:", StringComparison.Ordinal)).ToList();
        var real = realTest.Count == 0 ? null : SpanEvaluation.Run(classifier, realTest);
        var summary = new Summary(train.Count, test.Count, heldOut, real, seconds, new FileInfo(path).Length);
        Core.AtomicFile.WriteAllText(Path.Combine(root, ModelCardPath), SpanModelCard.Render(spans, summary));
        return summary;
    }
}
