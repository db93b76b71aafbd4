using System.Diagnostics;
using System.Runtime.InteropServices;
using ApaIngest.Core;
using SkiaSharp;

namespace ApaIngest.CorpusGen.Scanning;

/// <summary>
/// Makes the scan variants: rasterise the digital PDF once at 300 dpi (poppler's pdftoppm, grey PGM), then damage
/// every page for each requested resolution and write image-only PDFs.
/// </summary>
public static class ScanMaker
{
    private const int SourceDpi = 300;

    public static async Task MakeAsync(string digitalPdf, string? stampPdf, IReadOnlyDictionary<int, string> outByDpi, int seed, string workDir, CancellationToken ct)
    {
        var dir = Path.Combine(workDir, "scan-" + Path.GetFileNameWithoutExtension(digitalPdf));
        Directory.CreateDirectory(dir);
        await RunAsync("pdftoppm", ["-r", SourceDpi.ToString(), "-gray", digitalPdf, Path.Combine(dir, "p")], ct);
        SKBitmap? stamp = null;
        if (stampPdf is not null)
        {
            await RunAsync("pdftoppm", ["-r", SourceDpi.ToString(), "-png", "-singlefile", stampPdf, Path.Combine(dir, "stamp")], ct);
            stamp = SKBitmap.Decode(Path.Combine(dir, "stamp.png"));
        }

        var files = Directory.GetFiles(dir, "p-*.pgm").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var pages = outByDpi.Keys.ToDictionary(d => d, _ => new List<ImagePdfWriter.JpegPage>());
        for (var i = 0; i < files.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            using var bmp = ReadPgm(files[i]);
            foreach (var dpi in outByDpi.Keys)
            {
                // Each resolution is its own scan: its own skew, noise and overlay.
                var rng = new Random(unchecked(seed * 1_000_003 + dpi * 1009 + i));
                pages[dpi].Add(PageDamage.Apply(bmp, Plan(rng, i, dpi), stamp, dpi, SourceDpi));
            }

            File.Delete(files[i]);
        }

        stamp?.Dispose();
        foreach (var (dpi, path) in outByDpi)
        {
            AtomicFile.WriteAllBytes(path, ImagePdfWriter.Write(pages[dpi]));
        }

        Directory.Delete(dir, recursive: true);
    }

    private static DamagePlan Plan(Random rng, int pageIndex, int dpi)
    {
        var lowRes = dpi < 250;
        var sign = rng.NextDouble() < 0.5 ? -1 : 1;
        var overlayRoll = rng.NextDouble();
        return new DamagePlan(
            SkewDegrees: sign * (0.3 + rng.NextDouble() * 0.9),
            BlurSigma: (float)((lowRes ? 0.3 : 0.5) + rng.NextDouble() * 0.4),
            NoiseSigma: 2 + rng.NextDouble() * 2,
            JpegQuality: (lowRes ? 50 : 45) + rng.Next(11),
            PaperGrey: 238 + rng.Next(14),
            Overlay: pageIndex == 0 ? null : overlayRoll < 0.35 ? "stamp" : overlayRoll < 0.55 ? "signature" : null,
            Corner: rng.Next(4),
            Seed: rng.Next());
    }

    /// <summary>Reads a binary PGM (P5, 8 bit) as written by pdftoppm -gray.</summary>
    private static SKBitmap ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var pos = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[pos]))
            {
                pos++;
            }

            var start = pos;
            while (!char.IsWhiteSpace((char)bytes[pos]))
            {
                pos++;
            }

            return System.Text.Encoding.ASCII.GetString(bytes, start, pos - start);
        }

        if (Token() != "P5")
        {
            throw new InvalidOperationException($"{path}: not a binary PGM");
        }

        var w = int.Parse(Token());
        var h = int.Parse(Token());
        _ = Token(); // maxval 255
        pos++; // the single whitespace after maxval
        var bmp = new SKBitmap(new SKImageInfo(w, h, SKColorType.Gray8, SKAlphaType.Opaque));
        var dst = bmp.GetPixels();
        for (var y = 0; y < h; y++)
        {
            Marshal.Copy(bytes, pos + y * w, dst + y * bmp.RowBytes, w);
        }

        return bmp;
    }

    public static async Task RunAsync(string exe, IEnumerable<string> args, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(exe) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"{exe} did not start");
        var err = await p.StandardError.ReadToEndAsync(ct);
        await p.WaitForExitAsync(ct);
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{exe} failed (exit {p.ExitCode}): {err.Trim()}");
        }
    }
}
