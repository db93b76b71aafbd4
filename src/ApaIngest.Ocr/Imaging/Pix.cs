using System.Runtime.InteropServices;
using ApaIngest.Ocr.Interop;

namespace ApaIngest.Ocr.Imaging;

/// <summary>A Leptonica image (one owned reference). Every operation returns a new image the caller disposes.</summary>
public sealed class Pix : IDisposable
{
    internal Pix(PixHandle handle)
    {
        Handle = handle;
        Width = LeptonicaNative.pixGetWidth(handle);
        Height = LeptonicaNative.pixGetHeight(handle);
        Depth = LeptonicaNative.pixGetDepth(handle);
    }

    internal PixHandle Handle { get; }

    public int Width { get; }
    public int Height { get; }
    /// <summary>Bits per pixel: 1 (binary, 1 = ink), 8 (grey, 255 = white), 32 (RGB).</summary>
    public int Depth { get; }

    /// <summary>Decodes PNG, JPEG, TIFF (incl. CCITT G4), JPEG 2000, PNM, BMP or WebP bytes without re-encoding.</summary>
    public static Pix Decode(ReadOnlySpan<byte> bytes)
    {
        NativeLibraries.EnsureInitialized();
        if (bytes.IsEmpty)
        {
            throw new ArgumentException("No image bytes.", nameof(bytes));
        }

        var pointer = LeptonicaNative.pixReadMem(ref MemoryMarshal.GetReference(bytes), (nuint)bytes.Length);
        return Wrap(pointer, "pixReadMem: the bytes are not an image format Leptonica reads");
    }

    public static Pix Create(int width, int height, int depth)
    {
        NativeLibraries.EnsureInitialized();
        return Wrap(LeptonicaNative.pixCreate(width, height, depth), "pixCreate");
    }

    internal static Pix Wrap(IntPtr pointer, string operation)
    {
        if (pointer == IntPtr.Zero)
        {
            throw new OcrException($"Leptonica failed: {operation}.");
        }

        return new Pix(new PixHandle(pointer));
    }

    public Pix Clone() => Wrap(LeptonicaNative.pixClone(Handle), "pixClone");

    public Pix Copy() => Wrap(LeptonicaNative.pixCopy(IntPtr.Zero, Handle), "pixCopy");

    public Pix ToGray() => Wrap(LeptonicaNative.pixConvertTo8(Handle, 0), "pixConvertTo8");

    public Pix Scale(float factor) => Wrap(LeptonicaNative.pixScale(Handle, factor, factor), "pixScale");

    public Pix RotateQuarterTurns(int quarterTurns) => Wrap(LeptonicaNative.pixRotateOrth(Handle, ((quarterTurns % 4) + 4) % 4), "pixRotateOrth");

    /// <summary>Finds the skew of text lines (±7°, Leptonica's sweep and binary search) and rotates it away.</summary>
    public Pix Deskew(out double angleDegrees, out double confidence)
    {
        var pointer = LeptonicaNative.pixFindSkewAndDeskew(Handle, 2, out var angle, out var conf);
        angleDegrees = angle;
        confidence = conf;
        return Wrap(pointer, "pixFindSkewAndDeskew");
    }

    /// <summary>Evens out uneven illumination and paper tone of a grey scan (background to ~200, then stretched).</summary>
    public Pix NormalizeBackground() => Wrap(LeptonicaNative.pixBackgroundNormSimple(Handle, IntPtr.Zero, IntPtr.Zero), "pixBackgroundNormSimple");

    /// <summary>
    /// Sauvola local thresholding (Sauvola and Pietikäinen 2000): a threshold per pixel from the local mean and
    /// deviation, which keeps faint strokes and light stamps apart from text better than one global threshold.
    /// </summary>
    public Pix BinarizeSauvola(int windowHalfSize, float factor)
    {
        var tilesX = Math.Max(1, Width / 1000);
        var tilesY = Math.Max(1, Height / 1000);
        if (LeptonicaNative.pixSauvolaBinarizeTiled(Handle, windowHalfSize, factor, tilesX, tilesY, IntPtr.Zero, out var binary) != 0)
        {
            throw new OcrException("Leptonica failed: pixSauvolaBinarizeTiled.");
        }

        return Wrap(binary, "pixSauvolaBinarizeTiled");
    }

    /// <summary>Otsu threshold per tile (Leptonica's adaptive Otsu).</summary>
    public Pix BinarizeOtsu()
    {
        var tile = Math.Max(16, Math.Min(Width, Height) / 2);
        if (LeptonicaNative.pixOtsuAdaptiveThreshold(Handle, tile, tile, 0, 0, 0.1f, IntPtr.Zero, out var binary) != 0)
        {
            throw new OcrException("Leptonica failed: pixOtsuAdaptiveThreshold.");
        }

        return Wrap(binary, "pixOtsuAdaptiveThreshold");
    }

    public Pix Open(int horizontal, int vertical) => Wrap(LeptonicaNative.pixOpenBrick(IntPtr.Zero, Handle, horizontal, vertical), "pixOpenBrick");

    public Pix Close(int horizontal, int vertical) => Wrap(LeptonicaNative.pixCloseBrick(IntPtr.Zero, Handle, horizontal, vertical), "pixCloseBrick");

    public Pix Dilate(int horizontal, int vertical) => Wrap(LeptonicaNative.pixDilateBrick(IntPtr.Zero, Handle, horizontal, vertical), "pixDilateBrick");

    public Pix Or(Pix other) => Wrap(LeptonicaNative.pixOr(IntPtr.Zero, Handle, other.Handle), "pixOr");

    public Pix Invert() => Wrap(LeptonicaNative.pixInvert(IntPtr.Zero, Handle), "pixInvert");

    public Pix Crop(PixelRect rect)
    {
        var box = LeptonicaNative.boxCreate(rect.X, rect.Y, rect.Width, rect.Height);
        try
        {
            return Wrap(LeptonicaNative.pixClipRectangle(Handle, box, IntPtr.Zero), "pixClipRectangle");
        }
        finally
        {
            LeptonicaNative.boxDestroy(ref box);
        }
    }

    /// <summary>1 bpp: pixels darker than <paramref name="threshold"/> become ink.</summary>
    public Pix ThresholdToBinary(int threshold) => Wrap(LeptonicaNative.pixThresholdToBinary(Handle, threshold), "pixThresholdToBinary");

    /// <summary>The connected components of this (1 bpp) mask that contain at least one pixel of <paramref name="seed"/>.</summary>
    public Pix ComponentsTouching(Pix seed) => Wrap(LeptonicaNative.pixSeedfillBinary(IntPtr.Zero, seed.Handle, Handle, 8), "pixSeedfillBinary");

    /// <summary>Histogram of an 8 bpp image (256 bins), sampling every <paramref name="step"/>-th pixel and row.</summary>
    public unsafe int[] GrayHistogram(int step = 2)
    {
        if (Depth != 8)
        {
            throw new InvalidOperationException("GrayHistogram needs an 8 bpp image.");
        }

        var histogram = new int[256];
        var data = (byte*)LeptonicaNative.pixGetData(Handle);
        var bytesPerLine = LeptonicaNative.pixGetWpl(Handle) * 4;
        for (var y = 0; y < Height; y += step)
        {
            var line = data + ((long)y * bytesPerLine);
            for (var x = 0; x < Width; x += step)
            {
                // Leptonica stores 8 bpp pixels in 32-bit words, most significant byte first: byte x is at x ^ 3.
                histogram[line[x ^ 3]]++;
            }
        }

        return histogram;
    }

    public Pix And(Pix other) => Wrap(LeptonicaNative.pixAnd(IntPtr.Zero, Handle, other.Handle), "pixAnd");

    public Pix Subtract(Pix other) => Wrap(LeptonicaNative.pixSubtract(IntPtr.Zero, Handle, other.Handle), "pixSubtract");

    /// <summary>Sets every pixel under the (1 bpp) mask to <paramref name="value"/>, in place.</summary>
    public void SetMasked(Pix mask, uint value)
    {
        if (LeptonicaNative.pixSetMasked(Handle, mask.Handle, value) != 0)
        {
            throw new OcrException("Leptonica failed: pixSetMasked.");
        }
    }

    /// <summary>Clears (to 0) a rectangle of the image, in place.</summary>
    public void ClearRect(PixelRect rect)
    {
        var box = LeptonicaNative.boxCreate(rect.X, rect.Y, rect.Width, rect.Height);
        try
        {
            _ = LeptonicaNative.pixClearInRect(Handle, box);
        }
        finally
        {
            LeptonicaNative.boxDestroy(ref box);
        }
    }

    /// <summary>Number of ON pixels (ink) of a 1 bpp image inside a rectangle.</summary>
    public int CountInk(PixelRect rect)
    {
        var box = LeptonicaNative.boxCreate(rect.X, rect.Y, rect.Width, rect.Height);
        try
        {
            return LeptonicaNative.pixCountPixelsInRect(Handle, box, out var count, IntPtr.Zero) == 0 ? count : 0;
        }
        finally
        {
            LeptonicaNative.boxDestroy(ref box);
        }
    }

    /// <summary>Bounding boxes of the connected components of a 1 bpp image (connectivity 4 or 8).</summary>
    public IReadOnlyList<PixelRect> ConnectedComponents(int connectivity)
    {
        var boxa = LeptonicaNative.pixConnComp(Handle, IntPtr.Zero, connectivity);
        if (boxa == IntPtr.Zero)
        {
            return [];
        }

        try
        {
            var count = LeptonicaNative.boxaGetCount(boxa);
            var boxes = new List<PixelRect>(count);
            for (var i = 0; i < count; i++)
            {
                if (LeptonicaNative.boxaGetBoxGeometry(boxa, i, out var x, out var y, out var w, out var h) == 0)
                {
                    boxes.Add(new PixelRect(x, y, w, h));
                }
            }

            return boxes;
        }
        finally
        {
            LeptonicaNative.boxaDestroy(ref boxa);
        }
    }

    public void SetResolution(int dpi) => _ = LeptonicaNative.pixSetResolution(Handle, dpi, dpi);

    /// <summary>Lossless PNG bytes (for debugging and for handing a prepared page to another tool).</summary>
    public byte[] EncodePng()
    {
        if (LeptonicaNative.pixWriteMemPng(out var data, out var size, Handle, 0f) != 0 || data == IntPtr.Zero)
        {
            throw new OcrException("Leptonica failed: pixWriteMemPng.");
        }

        try
        {
            var bytes = new byte[(int)size];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            LeptonicaNative.lept_free(data);
        }
    }

    public void Dispose() => Handle.Dispose();
}
