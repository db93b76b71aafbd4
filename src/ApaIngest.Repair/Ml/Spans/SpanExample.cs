namespace ApaIngest.Repair.Ml.Spans;

/// <summary>One span as the classifier sees it: the text (for character n-grams) and cheap character statistics.</summary>
public sealed class SpanExample
{
    public string Text { get; set; } = string.Empty;

    /// <summary>The <see cref="SpanKind"/> name (training only).</summary>
    public string Label { get; set; } = string.Empty;

    public float Length { get; set; }
    public float AsciiLetterShare { get; set; }
    public float UpperShare { get; set; }
    public float CaseSwitches { get; set; }
    public float VowelShare { get; set; }
    public float BijoyGlyphShare { get; set; }
    public float LatinExtendedShare { get; set; }
    public float DigitShare { get; set; }
    public float BanglaDigitShare { get; set; }
    public float BanglaLetterShare { get; set; }
    public float PunctuationShare { get; set; }

    public static readonly string[] NumericFeatureNames =
    [
        nameof(Length), nameof(AsciiLetterShare), nameof(UpperShare), nameof(CaseSwitches), nameof(VowelShare),
        nameof(BijoyGlyphShare), nameof(LatinExtendedShare), nameof(DigitShare), nameof(BanglaDigitShare),
        nameof(BanglaLetterShare), nameof(PunctuationShare),
    ];
}

/// <summary>The classifier's output for one span.</summary>
public sealed class SpanPrediction
{
    public string PredictedLabel { get; set; } = string.Empty;
    public float[] Score { get; set; } = [];
}
