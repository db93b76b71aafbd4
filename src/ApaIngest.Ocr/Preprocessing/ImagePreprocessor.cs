using ApaIngest.Ocr.Imaging;

namespace ApaIngest.Ocr.Preprocessing;

/// <summary>Grey conversion, upscaling of low-resolution scans, deskew and Sauvola binarisation with Leptonica.</summary>
public static class ImagePreprocessor
{
    /// <summary>Below this |angle| (degrees) deskewing is not worth a resampling of the page.</summary>
    private const double MinimumSkewDegrees = 0.15;

    /// <summary>Leptonica's skew confidence below which the angle is noise (pages with little text).</summary>
    private const double MinimumSkewConfidence = 2.0;

    public static PreparedImage Prepare(Pix source, int sourceDpi, OcrOptions options)
    {
        var gray = source.Depth == 8 ? source.Clone() : source.ToGray();
        var dpi = sourceDpi;
        var scale = 1.0;
        if (sourceDpi > 0 && sourceDpi < options.MinimumImageDpi)
        {
            scale = options.Dpi / (double)sourceDpi;
            gray = Replace(gray, gray.Scale((float)scale));
            dpi = options.Dpi;
        }

        var skew = 0.0;
        if (options.Deskew)
        {
            var deskewed = gray.Deskew(out var angle, out var confidence);
            if (Math.Abs(angle) >= MinimumSkewDegrees && confidence >= MinimumSkewConfidence)
            {
                gray = Replace(gray, deskewed);
                skew = angle;
            }
            else
            {
                deskewed.Dispose();
            }
        }

        gray.SetResolution(dpi);
        var binary = Binarize(gray, dpi);
        return new PreparedImage(gray, binary, dpi, scale, skew);
    }

    /// <summary>Sauvola with a window of ~1/10 inch and k = 0.34 (Leptonica's recommended range 0.2..0.5).</summary>
    public static Pix Binarize(Pix gray, int dpi) => gray.BinarizeSauvola(Math.Max(7, dpi / 20), 0.34f);

    private static Pix Replace(Pix old, Pix replacement)
    {
        old.Dispose();
        return replacement;
    }
}
