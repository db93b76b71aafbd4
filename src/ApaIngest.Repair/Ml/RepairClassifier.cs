using System.Globalization;
using Microsoft.ML;

namespace ApaIngest.Repair.Ml;

/// <summary>
/// The trained FastTree model (models/repair/model.zip) deciding whether a candidate should replace a token.
/// ML.NET's prediction engine is not thread-safe, so calls are serialised; only unknown tokens reach it.
/// </summary>
public sealed class RepairClassifier : IDisposable
{
    private readonly PredictionEngine<RepairExample, RepairPrediction> engine;
    private readonly Lock gate = new();

    private RepairClassifier(PredictionEngine<RepairExample, RepairPrediction> engine, double threshold)
    {
        this.engine = engine;
        Threshold = threshold;
    }

    /// <summary>Replace only at or above this probability (chosen on training data to keep false changes rare).</summary>
    public double Threshold { get; }

    public static RepairClassifier Load(string modelPath)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(modelPath, out _);
        var engine = ml.Model.CreatePredictionEngine<RepairExample, RepairPrediction>(model);
        return new RepairClassifier(engine, ReadThreshold(ThresholdPath(modelPath)));
    }

    public static string ThresholdPath(string modelPath) => Path.ChangeExtension(modelPath, ".threshold");

    private static double ReadThreshold(string path) =>
        File.Exists(path) && double.TryParse(File.ReadAllText(path).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : 0.5;

    public double Probability(RepairExample example)
    {
        lock (gate)
        {
            return engine.Predict(example).Probability;
        }
    }

    public void Dispose() => engine.Dispose();
}
