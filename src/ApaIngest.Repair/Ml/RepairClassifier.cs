using System.Globalization;
using Microsoft.ML;

namespace ApaIngest.Repair.Ml;

/// <summary>
/// The trained FastTree model (models/repair/model.zip) deciding whether a candidate should replace a token. Evaluated by
/// <see cref="CompiledTreeEnsemble"/> when the model is a calibrated FastTree (thread-safe, no engine); otherwise by ML.NET's
/// prediction engine, which is not thread-safe, so those calls are serialised.
/// </summary>
public sealed class RepairClassifier : IDisposable
{
    private readonly PredictionEngine<RepairExample, RepairPrediction> engine;
    private readonly CompiledTreeEnsemble? compiled;
    private readonly Lock gate = new();

    private RepairClassifier(PredictionEngine<RepairExample, RepairPrediction> engine, CompiledTreeEnsemble? compiled, double threshold)
    {
        this.engine = engine;
        this.compiled = compiled;
        Threshold = threshold;
    }

    /// <summary>Whether probabilities come from the compiled ensemble rather than the engine.</summary>
    public bool IsCompiled => compiled is not null;

    /// <summary>Replace only at or above this probability (chosen on training data to keep false changes rare).</summary>
    public double Threshold { get; }

    public static RepairClassifier Load(string modelPath)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(modelPath, out _);
        var engine = ml.Model.CreatePredictionEngine<RepairExample, RepairPrediction>(model);
        return new RepairClassifier(engine, CompiledTreeEnsemble.From(model), ReadThreshold(ThresholdPath(modelPath)));
    }

    public static string ThresholdPath(string modelPath) => Path.ChangeExtension(modelPath, ".threshold");

    private static double ReadThreshold(string path) =>
        File.Exists(path) && double.TryParse(File.ReadAllText(path).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : 0.5;

    public double Probability(RepairExample example)
    {
        if (compiled is not null)
        {
            Span<float> features = stackalloc float[RepairExample.FeatureNames.Length];
            example.WriteFeatures(features);
            return compiled.Probability(features);
        }

        return EngineProbability(example);
    }

    /// <summary>The probability as ML.NET's prediction engine computes it (the reference the compiled ensemble is tested against).</summary>
    public double EngineProbability(RepairExample example)
    {
        lock (gate)
        {
            return engine.Predict(example).Probability;
        }
    }

    public void Dispose() => engine.Dispose();
}
