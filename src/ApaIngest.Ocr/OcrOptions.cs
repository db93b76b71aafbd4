using ApaIngest.Ocr.Engine;

namespace ApaIngest.Ocr;

/// <summary>Settings of the OCR path. The defaults are what the measurements in docs/accuracy.md and docs/performance.md used.</summary>
public sealed record OcrOptions
{
    /// <summary>Tesseract language string: Bangla first, English for the ASCII codes and words APAs mix in.</summary>
    public string Languages { get; init; } = "ben+eng";

    /// <summary>Resolution pages are rasterised at, and the minimum embedded scans are scaled up to (Tesseract's LSTM is trained on ~300 dpi text).</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Embedded images below this resolution are scaled up to <see cref="Dpi"/> before recognition.</summary>
    public int MinimumImageDpi { get; init; } = 250;

    /// <summary>Engines that may recognise side by side (each holds ~100 MB of models). Default: processor count.</summary>
    public int MaxEngines { get; init; } = Environment.ProcessorCount;

    /// <summary>Tessdata folder; null: TESSDATA_PREFIX, then Debian's /usr/share/tesseract-ocr/{5,4.00}/tessdata.</summary>
    public string? TessdataPath { get; init; }

    /// <summary>Segmentation mode of the whole-page pass (see docs/accuracy.md "OCR" for the measurement behind the default).</summary>
    public PageSegMode PageMode { get; init; } = PageSegMode.Auto;

    /// <summary>Give Tesseract the Sauvola-binarised page instead of the grey one (it then skips its own Otsu threshold).</summary>
    public bool RecognizeBinary { get; init; }

    /// <summary>Whiten ink components without a dark core (stamps, seals, bleed-through) before recognition.</summary>
    public bool SuppressLightInk { get; init; }

    /// <summary>Remove skew of up to ±7° before recognition.</summary>
    public bool Deskew { get; init; } = true;

    /// <summary>Detect ruling lines, emit them as rulings, remove them before recognition and re-read doubtful cells alone.</summary>
    public bool DetectTables { get; init; } = true;

    /// <summary>Words below this confidence (0..1) make their cell a candidate for recognition on its own.</summary>
    public double CellRetryConfidence { get; init; } = 0.5;

    /// <summary>The rasteriser for pages without a usable embedded image (poppler's pdftoppm).</summary>
    public string RasterizerCommand { get; init; } = "pdftoppm";
}
