using SkiaSharp;

namespace ApaIngest.CorpusGen.Scanning;

/// <summary>What a scanner and an office do to a printed page: skew, blur, noise, a stamp or a signature, JPEG.</summary>
public sealed record DamagePlan(double SkewDegrees, float BlurSigma, double NoiseSigma, int JpegQuality, int PaperGrey, string? Overlay, int Corner, int Seed);

public static class PageDamage
{
    /// <summary>Damages one grey page image and returns it as a grey JPEG.</summary>
    public static ImagePdfWriter.JpegPage Apply(SKBitmap page, DamagePlan plan, SKBitmap? stamp, int dpi, int sourceDpi)
    {
        var scale = (float)dpi / sourceDpi;
        var w = (int)Math.Round(page.Width * scale);
        var h = (int)Math.Round(page.Height * scale);
        using var surface = SKSurface.Create(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor((byte)plan.PaperGrey, (byte)plan.PaperGrey, (byte)plan.PaperGrey));

        using (var blur = SKImageFilter.CreateBlur(plan.BlurSigma, plan.BlurSigma))
        using (var paint = new SKPaint { ImageFilter = blur, BlendMode = SKBlendMode.Multiply })
        using (var img = SKImage.FromBitmap(page))
        {
            canvas.Save();
            canvas.RotateDegrees((float)plan.SkewDegrees, w / 2f, h / 2f);
            canvas.Scale(scale);
            canvas.DrawImage(img, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
            canvas.Restore();
        }

        var rng = new Random(plan.Seed);
        var (cx, cy) = Corner(plan.Corner, w, h, dpi);
        if (plan.Overlay == "stamp" && stamp is not null)
        {
            using var img = SKImage.FromBitmap(stamp);
            using var paint = new SKPaint { BlendMode = SKBlendMode.Multiply, Color = SKColors.White.WithAlpha(200) };
            canvas.Save();
            canvas.RotateDegrees((float)(rng.NextDouble() * 40 - 20), cx, cy);
            canvas.Translate(cx, cy);
            canvas.Scale(scale);
            canvas.DrawImage(img, -stamp.Width / 2f, -stamp.Height / 2f, new SKSamplingOptions(SKFilterMode.Linear), paint);
            canvas.Restore();
        }
        else if (plan.Overlay == "signature")
        {
            DrawSignature(canvas, rng, cx, cy, dpi);
        }

        using var snapshot = surface.Snapshot();
        using var rgba = SKBitmap.FromImage(snapshot);
        var grey = ToGreyWithNoise(rgba, plan.NoiseSigma, rng);
        var info = new SKImageInfo(w, h, SKColorType.Gray8, SKAlphaType.Opaque);
        using var data = SKData.CreateCopy(grey);
        using var greyImage = SKImage.FromPixels(info, data, w);
        using var jpeg = greyImage.Encode(SKEncodedImageFormat.Jpeg, plan.JpegQuality);
        return new ImagePdfWriter.JpegPage(jpeg.ToArray(), w, h);
    }

    private static (float X, float Y) Corner(int corner, int w, int h, int dpi)
    {
        var m = dpi * 1.3f; // ~3.3 cm in from the edges
        return corner switch
        {
            0 => (w - m * 1.6f, h - m),
            1 => (m * 1.6f, h - m),
            2 => (w - m * 1.6f, m),
            _ => (m * 1.6f, m),
        };
    }

    private static void DrawSignature(SKCanvas canvas, Random rng, float cx, float cy, int dpi)
    {
        using var paint = new SKPaint
        {
            Color = new SKColor(20, 30, 120, 220),
            Style = SKPaintStyle.Stroke,
            StrokeWidth = dpi / 110f,
            IsAntialias = true,
            StrokeCap = SKStrokeCap.Round,
        };
        using var builder = new SKPathBuilder();
        var scale = dpi / 300f;
        var x = cx - 180 * scale;
        var y = cy;
        builder.MoveTo(x, y);
        for (var i = 0; i < 7; i++)
        {
            var nx = x + (40 + rng.Next(40)) * scale;
            builder.CubicTo(x + 20 * scale, y - (60 + rng.Next(60)) * scale, nx - 20 * scale, y + (40 + rng.Next(50)) * scale, nx, y + (rng.Next(30) - 15) * scale);
            x = nx;
        }

        builder.MoveTo(cx - 200 * scale, cy + 40 * scale);
        builder.LineTo(cx + 160 * scale, cy + 25 * scale);
        using var path = builder.Detach();
        canvas.DrawPath(path, paint);
    }

    /// <summary>Luminance plus approximately Gaussian sensor noise (sum of uniforms), clamped.</summary>
    private static byte[] ToGreyWithNoise(SKBitmap rgba, double sigma, Random rng)
    {
        var w = rgba.Width;
        var h = rgba.Height;
        var src = rgba.GetPixelSpan();
        var grey = new byte[w * h];
        var bytesPerPixel = rgba.BytesPerPixel;
        var rowBytes = rgba.RowBytes;
        var rOffset = rgba.ColorType == SKColorType.Bgra8888 ? 2 : 0;
        var bOffset = 2 - rOffset;
        // A small table of noise values keeps this fast on 9-megapixel pages.
        var noise = new short[65_536];
        for (var i = 0; i < noise.Length; i++)
        {
            var u = rng.NextDouble() + rng.NextDouble() + rng.NextDouble() - 1.5;
            noise[i] = (short)Math.Round(u * 2 * sigma);
        }

        var k = rng.Next(noise.Length);
        for (var y = 0; y < h; y++)
        {
            var row = y * rowBytes;
            for (var x = 0; x < w; x++)
            {
                var p = row + x * bytesPerPixel;
                var l = (299 * src[p + rOffset] + 587 * src[p + 1] + 114 * src[p + bOffset]) / 1000;
                k = (k + 7919) & 0xFFFF;
                var v = l + noise[k];
                grey[y * w + x] = (byte)Math.Clamp(v, 0, 255);
            }
        }

        return grey;
    }
}
