using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ApaIngest.Repair.Ml.Spans;

/// <summary>
/// The span classifier's pipeline: character 1-3-grams of the text (ML.NET text featurizer, case kept: Bijoy's capitals
/// are consonants) next to <see cref="SpanExample.NumericFeatureNames"/>, multiclass maximum entropy (L-BFGS, one thread,
/// fixed seed: the same data gives the same model).
/// </summary>
public static class SpanTrainer
{
    public static ITransformer Fit(MLContext ml, IEnumerable<LabeledSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var data = ml.Data.LoadFromEnumerable(spans.Select(s => SpanFeatures.Of(s.Text, s.Kind.ToString())));
        return Pipeline(ml).Fit(data);
    }

    public static IEstimator<ITransformer> Pipeline(MLContext ml)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = null,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true, MaximumNgramsCount = [30000] },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        return ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", text, nameof(SpanExample.Text)))
            .Append(ml.Transforms.Concatenate("Features", ["TextFeatures", .. SpanExample.NumericFeatureNames]))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L1Regularization = 0.05f,
                L2Regularization = 0.05f,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }

    public static void Save(MLContext ml, ITransformer model, string path)
    {
        ArgumentNullException.ThrowIfNull(ml);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<SpanExample>()).Schema;
        var tmp = path + ".tmp";
        ml.Model.Save(model, schema, tmp);
        PinTimestamps(tmp);
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>ML.NET stamps the zip entries with the current time; a fixed stamp makes retraining byte-identical.</summary>
    private static void PinTimestamps(string zipPath)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries)
        {
            entry.LastWriteTime = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        }
    }
}
