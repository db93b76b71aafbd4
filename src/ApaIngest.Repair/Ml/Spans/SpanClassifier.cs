using ApaIngest.Repair.Lexicon;
using Microsoft.ML;

namespace ApaIngest.Repair.Ml.Spans;

/// <summary>
/// The trained span classifier (models/spans/model.zip): LegacyBangla, English, UnicodeBangla or Number for one text-layer
/// word. ML.NET's prediction engine is not thread-safe, so calls are serialised.
/// </summary>
public sealed class SpanClassifier : IDisposable
{
    public const string ModelPath = "models/spans/model.zip";

    private static readonly Lazy<SpanClassifier?> Shared = new(LoadFromRepository);

    private readonly PredictionEngine<SpanExample, SpanPrediction> engine;
    private readonly Lock gate = new();

    private SpanClassifier(PredictionEngine<SpanExample, SpanPrediction> engine) => this.engine = engine;

    /// <summary>The repository's model, loaded once; null when models/spans/model.zip is not there (callers fall back to rules).</summary>
    public static SpanClassifier? Default => Shared.Value;

    public static SpanClassifier Load(string modelPath)
    {
        var ml = new MLContext(seed: SpanCorpus.Seed);
        var model = ml.Model.Load(modelPath, out _);
        return new SpanClassifier(ml.Model.CreatePredictionEngine<SpanExample, SpanPrediction>(model));
    }

    public SpanKind Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var example = SpanFeatures.Of(text);
        string label;
        lock (gate)
        {
            label = engine.Predict(example).PredictedLabel;
        }

        return Enum.Parse<SpanKind>(label);
    }

    public void Dispose() => engine.Dispose();

    private static SpanClassifier? LoadFromRepository()
    {
        var root = RepoPaths.FindRoot();
        var path = root is null ? null : Path.Combine(root, ModelPath);
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        try
        {
            return Load(path);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or IOException or ArgumentException)
        {
            return null;
        }
    }
}
