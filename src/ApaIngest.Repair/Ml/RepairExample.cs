namespace ApaIngest.Repair.Ml;

/// <summary>One (token, candidate) pair as the classifier sees it. Label: the candidate is the true word.</summary>
public sealed class RepairExample
{
    public bool Label { get; set; }
    public float Cost { get; set; }
    public float CostMargin { get; set; }
    public float Rank { get; set; }
    public float CandidateCount { get; set; }
    public float ClusterEdits { get; set; }
    public float TokenClusters { get; set; }
    public float CandidateLogFrequency { get; set; }
    public float CandidateIsDomain { get; set; }
    public float CandidateIsGeneral { get; set; }
    public float TokenIsKnownStem { get; set; }
    public float TokenIsCompound { get; set; }
    public float Confidence { get; set; }
    public float LeftBigramCandidate { get; set; }
    public float RightBigramCandidate { get; set; }
    public float NumericShare { get; set; }
    public float LengthDelta { get; set; }
    public float TokenIsKnown { get; set; }
    public float TokenLogFrequency { get; set; }

    public static readonly string[] FeatureNames =
    [
        nameof(Cost), nameof(CostMargin), nameof(Rank), nameof(CandidateCount), nameof(ClusterEdits), nameof(TokenClusters),
        nameof(CandidateLogFrequency), nameof(CandidateIsDomain), nameof(CandidateIsGeneral), nameof(TokenIsKnownStem),
        nameof(TokenIsCompound), nameof(Confidence), nameof(LeftBigramCandidate), nameof(RightBigramCandidate),
        nameof(NumericShare), nameof(LengthDelta), nameof(TokenIsKnown), nameof(TokenLogFrequency),
    ];
}

/// <summary>The classifier's output for one pair.</summary>
public sealed class RepairPrediction
{
    public bool PredictedLabel { get; set; }
    public float Probability { get; set; }
    public float Score { get; set; }
}
