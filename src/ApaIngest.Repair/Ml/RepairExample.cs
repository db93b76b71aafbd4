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
    public float LeftBigramToken { get; set; }
    public float RightBigramToken { get; set; }
    public float FromContext { get; set; }
    public float CandidateOnPage { get; set; }

    /// <summary>The feature values in <see cref="FeatureNames"/> order (the order of the model's feature vector).</summary>
    public void WriteFeatures(Span<float> features)
    {
        features[0] = Cost;
        features[1] = CostMargin;
        features[2] = Rank;
        features[3] = CandidateCount;
        features[4] = ClusterEdits;
        features[5] = TokenClusters;
        features[6] = CandidateLogFrequency;
        features[7] = CandidateIsDomain;
        features[8] = CandidateIsGeneral;
        features[9] = TokenIsKnownStem;
        features[10] = TokenIsCompound;
        features[11] = Confidence;
        features[12] = LeftBigramCandidate;
        features[13] = RightBigramCandidate;
        features[14] = NumericShare;
        features[15] = LengthDelta;
        features[16] = TokenIsKnown;
        features[17] = TokenLogFrequency;
        features[18] = LeftBigramToken;
        features[19] = RightBigramToken;
        features[20] = FromContext;
        features[21] = CandidateOnPage;
    }

    public static readonly string[] FeatureNames =
    [
        nameof(Cost), nameof(CostMargin), nameof(Rank), nameof(CandidateCount), nameof(ClusterEdits), nameof(TokenClusters),
        nameof(CandidateLogFrequency), nameof(CandidateIsDomain), nameof(CandidateIsGeneral), nameof(TokenIsKnownStem),
        nameof(TokenIsCompound), nameof(Confidence), nameof(LeftBigramCandidate), nameof(RightBigramCandidate),
        nameof(NumericShare), nameof(LengthDelta), nameof(TokenIsKnown), nameof(TokenLogFrequency),
        nameof(LeftBigramToken), nameof(RightBigramToken), nameof(FromContext), nameof(CandidateOnPage),
    ];
}

/// <summary>The classifier's output for one pair.</summary>
public sealed class RepairPrediction
{
    public bool PredictedLabel { get; set; }
    public float Probability { get; set; }
    public float Score { get; set; }
}
