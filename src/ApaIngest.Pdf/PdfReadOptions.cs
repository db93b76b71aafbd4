using ApaIngest.Repair.Ml.Spans;

namespace ApaIngest.Pdf;

/// <summary>How <see cref="PdfDocumentReader"/> reads and classifies pages. The defaults were measured on data/pdf/.</summary>
public sealed record PdfReadOptions
{
    /// <summary>Passwords to try after the empty user password (an encrypted PDF that opens with none of them is rejected).</summary>
    public IReadOnlyList<string> Passwords { get; init; } = [];

    /// <summary>Copy the bytes of embedded images into <see cref="Core.Pages.PageImage.Data"/> (OCR needs them). Default true.</summary>
    public bool IncludeImageBytes { get; init; } = true;

    /// <summary>Fewer non-space characters than this means "no text layer" (page number, stray mark). Default 20.</summary>
    public int MinTextCharacters { get; init; } = 20;

    /// <summary>An image covering at least this share of the page makes a text-less page an Image page. Default 0.5.</summary>
    public double PageImageCoverage { get; init; } = 0.5;

    /// <summary>Share of characters in legacy (Bijoy) fonts or Bijoy-looking ASCII words that makes a page Legacy. Default 0.3.</summary>
    public double LegacyShare { get; init; } = 0.3;

    /// <summary>
    /// The trained span classifier (models/spans/model.zip) whose LegacyBangla votes can make a page Legacy when its font
    /// names say nothing (renamed or unknown fonts). Default: the repository's model, or null when it is missing (then the
    /// font-name and Bijoy-detector rules decide alone).
    /// </summary>
    public SpanClassifier? SpanClassifier { get; init; } = SpanClassifier.Default;

    /// <summary>Damage score (see <see cref="TextLayerDamage"/>) at or above which a Unicode page is Broken. Default 0.08.</summary>
    public double BrokenScore { get; init; } = 0.08;

    /// <summary>Drawn segments shorter than this (points) are not rulings. Default 4.</summary>
    public double MinRulingLength { get; init; } = 4;

    /// <summary>Filled rectangles thinner than this (points) are lines, not boxes. Default 3.</summary>
    public double MaxRuleThickness { get; init; } = 3;
}
