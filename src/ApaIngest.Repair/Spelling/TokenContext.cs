namespace ApaIngest.Repair.Spelling;

/// <summary>What surrounds a token: neighbouring words (normalised cores, may be empty), its OCR confidence, and the share of
/// numeric tokens in its table column (or line, where there are no boxes).</summary>
public readonly record struct TokenContext(string Left, string Right, double Confidence, double NumericShare)
{
    /// <summary>The words of the token's page (or line), for how often a candidate occurs there; empty when not known.</summary>
    public PageVocabulary Page { get; init; } = PageVocabulary.Empty;

    /// <summary>
    /// Whether a token that is itself a word may be a misreading of another (a real-word error). True for recognised
    /// (OCR) words and plain text lines; a text layer's known word is what the PDF says and is not second-guessed.
    /// </summary>
    public bool QuestionKnownWords { get; init; } = true;

    public static readonly TokenContext None = new(string.Empty, string.Empty, 1, 0);
}
