namespace ApaIngest.Core.Pages;

/// <summary>
/// A word with its box: the one unit that table reconstruction sees, whether it came from a text layer or from OCR.
/// <see cref="Text"/> is Unicode in logical order (after legacy conversion and repair); <see cref="RawText"/> is what was read.
/// </summary>
public sealed record Word(string Text, Box Box)
{
    public string RawText { get; init; } = Text;
    public string? FontName { get; init; }
    public double FontSize { get; init; }
    /// <summary>0..1: 1 for a trusted text layer, the recogniser's confidence for OCR.</summary>
    public double Confidence { get; init; } = 1;
    public WordOrigin Origin { get; init; } = WordOrigin.TextLayer;
}

public enum WordOrigin
{
    TextLayer,
    LegacyTextLayer,
    Ocr,
}

/// <summary>A ruling line (or a rectangle's edge) drawn on the page, in the same coordinates as words.</summary>
public readonly record struct Ruling(double X0, double Y0, double X1, double Y1)
{
    public bool IsHorizontal => Math.Abs(Y1 - Y0) <= Math.Max(1.0, Math.Abs(X1 - X0) * 0.02);
    public bool IsVertical => Math.Abs(X1 - X0) <= Math.Max(1.0, Math.Abs(Y1 - Y0) * 0.02);
    public double Length => Math.Sqrt(((X1 - X0) * (X1 - X0)) + ((Y1 - Y0) * (Y1 - Y0)));
}

/// <summary>
/// An image placed on a page (scans carry one covering the page), with its bytes in a format an image library reads:
/// <see cref="Format"/> "jpeg" (the PDF's DCT stream as is: no re-encoding, no loss), "png" (Flate/other streams decoded
/// losslessly to PNG), "jp2", or "unsupported" (then <see cref="Data"/> is empty and OCR falls back to rasterising the page).
/// </summary>
public sealed record PageImage(Box Placement, int PixelWidth, int PixelHeight, string Filter)
{
    public string Format { get; init; } = "unsupported";
    public ReadOnlyMemory<byte> Data { get; init; }
}
