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
        if (options.SuppressLightInk)
        {
            // Only the grey image Tesseract reads is cleaned: table rules of a scan can be as light as a stamp, and the
            // grid is found on the full binary image.
            SuppressLightInk(gray, binary);
        }

        return new PreparedImage(gray, binary, dpi, scale, skew);
    }

    /// <summary>
    /// Stamps (blue, violet or red seals; grey in a grey scan) and bleed-through are lighter than printed text, which
    /// has a dark core in every stroke. Whitens, in the grey image, the ink pixels that are not within a few pixels of
    /// such a core. The dark threshold is
    /// set from the page's own ink: its 10th percentile + 50 grey levels, cores of at least 2x2 pixels, so faded scans keep their text.
    /// </summary>
    private static void SuppressLightInk(Pix gray, Pix binary)
    {
        var histogram = gray.GrayHistogram();
        var ink = histogram.Take(200).Sum();
        if (ink == 0)
        {
            return;
        }

        var target = ink / 10;
        var level = 0;
        for (var seen = 0; level < 200 && seen + histogram[level] < target; level++)
        {
            seen += histogram[level];
        }

        using var dark = gray.ThresholdToBinary(Math.Min(170, level + 50));
        // Only solid dark cores count as seeds: a stamp's strokes have scattered dark specks, a printed stroke a core.
        using var cores = dark.Open(2, 2);
        // Pixel level rather than component level: a seal drawn over text touches the text's strokes.
        using var nearCores = cores.Dilate(5, 5);
        using var kept = binary.And(nearCores);
        using var removed = binary.Subtract(kept);
        gray.SetMasked(removed, 255);
    }

    /// <summary>Sauvola with a window of ~1/10 inch and k = 0.34 (Leptonica's recommended range 0.2..0.5).</summary>
    public static Pix Binarize(Pix gray, int dpi) => gray.BinarizeSauvola(Math.Max(7, dpi / 20), 0.34f);

    private static Pix Replace(Pix old, Pix replacement)
    {
        old.Dispose();
        return replacement;
    }
}
