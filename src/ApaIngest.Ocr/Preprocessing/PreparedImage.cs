using ApaIngest.Ocr.Imaging;

namespace ApaIngest.Ocr.Preprocessing;

/// <summary>
/// A page image ready for recognition: grey (8 bpp) and binary (1 bpp, 1 = ink) versions of the same deskewed pixels.
/// <see cref="Scale"/> maps source-image pixels to these pixels (upscaled low-resolution scans).
/// </summary>
public sealed class PreparedImage(Pix gray, Pix binary, int dpi, double scale, double skewDegrees) : IDisposable
{
    public Pix Gray { get; } = gray;
    public Pix Binary { get; } = binary;
    public int Dpi { get; } = dpi;
    public double Scale { get; } = scale;
    /// <summary>The skew that was removed (degrees, Leptonica's sign: the rotation applied to deskew); 0 when none.</summary>
    public double SkewDegrees { get; } = skewDegrees;
    public int Width => Gray.Width;
    public int Height => Gray.Height;

    public void Dispose()
    {
        Gray.Dispose();
        Binary.Dispose();
    }
}
