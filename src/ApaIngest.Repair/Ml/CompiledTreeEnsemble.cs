using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ApaIngest.Repair.Ml;

/// <summary>
/// The repair model's FastTree ensemble and Platt calibration as flat arrays, evaluated without ML.NET's prediction engine:
/// the same splits and sums, about thirty times faster per candidate (the engine's per-call overhead dominated once known
/// words' context candidates reach the classifier). Built from the loaded model; tested equal to the engine's probabilities.
/// </summary>
internal sealed class CompiledTreeEnsemble
{
    private readonly Tree[] trees;
    private readonly double bias;
    private readonly double slope;
    private readonly double offset;

    private CompiledTreeEnsemble(Tree[] trees, double bias, double slope, double offset)
    {
        this.trees = trees;
        this.bias = bias;
        this.slope = slope;
        this.offset = offset;
    }

    private sealed record Tree(double Weight, int[] Left, int[] Right, int[] Feature, float[] Threshold, double[] Leaf);

    /// <summary>The compiled model, or null when it is not a calibrated FastTree with numerical splits only (then the engine is used).</summary>
    public static CompiledTreeEnsemble? From(ITransformer model)
    {
        var last = model is TransformerChain<ITransformer> chain ? chain.LastTransformer : model;
        if (last is not ISingleFeaturePredictionTransformer<object> prediction
            || prediction.Model is not CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> calibrated)
        {
            return null;
        }

        var ensemble = calibrated.SubModel.TrainedTreeEnsemble;
        var trees = new Tree[ensemble.Trees.Count];
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(c => c))
            {
                return null;
            }

            trees[t] = new Tree(ensemble.TreeWeights[t], [.. tree.LeftChild], [.. tree.RightChild], [.. tree.NumericalSplitFeatureIndexes],
                [.. tree.NumericalSplitThresholds], [.. tree.LeafValues]);
        }

        return new CompiledTreeEnsemble(trees, ensemble.Bias, calibrated.Calibrator.Slope, calibrated.Calibrator.Offset);
    }

    /// <summary>Platt-calibrated probability for the features in <see cref="RepairExample.FeatureNames"/> order.</summary>
    public double Probability(ReadOnlySpan<float> features)
    {
        var score = bias;
        foreach (var tree in trees)
        {
            var node = 0;
            while (node >= 0)
            {
                node = features[tree.Feature[node]] <= tree.Threshold[node] ? tree.Left[node] : tree.Right[node];
            }

            score += tree.Weight * tree.Leaf[~node];
        }

        return 1 / (1 + Math.Exp((slope * (float)score) + offset));
    }
}
