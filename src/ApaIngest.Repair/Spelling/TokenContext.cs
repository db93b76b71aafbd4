namespace ApaIngest.Repair.Spelling;

/// <summary>What surrounds a token: neighbouring words (normalised cores, may be empty), its OCR confidence, and the share of
/// numeric tokens in its table column (or line, where there are no boxes).</summary>
public readonly record struct TokenContext(string Left, string Right, double Confidence, double NumericShare)
{
    /// <summary>The words of the token's page (or line), for how often a candidate occurs there; empty when not known.</summary>
    public PageVocabulary Page { get; init; } = PageVocabulary.Empty;

    public static readonly TokenContext None = new(string.Empty, string.Empty, 1, 0);
}
