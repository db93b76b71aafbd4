using ApaIngest.Ocr.Engine;
using ApaIngest.Ocr.Imaging;
using ApaIngest.Ocr.Tables;

namespace ApaIngest.Ocr.Recognition;

/// <summary>
/// What OCR found on one image, in the pixels of the prepared (deskewed, possibly upscaled) image:
/// words, the ruling lines and the table cells they enclose.
/// </summary>
public sealed record ImageOcrResult(
    int Width,
    int Height,
    int Dpi,
    double Scale,
    double SkewDegrees,
    IReadOnlyList<OcrWord> Words,
    IReadOnlyList<PixelRuling> Rulings,
    IReadOnlyList<PixelRect> Cells)
{
    /// <summary>How many cells were recognised on their own after the whole-page pass.</summary>
    public int CellsReread { get; init; }

    /// <summary>Seconds spent per stage: prepare (grey, deskew, binarise), grid, page recognition, cell re-reading.</summary>
    public StageTimes Times { get; init; } = new(0, 0, 0, 0);
}

public sealed record StageTimes(double Prepare, double Grid, double Page, double Cells);
