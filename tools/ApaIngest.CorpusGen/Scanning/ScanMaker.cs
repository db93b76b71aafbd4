using System.Diagnostics;
using ApaIngest.Core;
using SkiaSharp;

namespace ApaIngest.CorpusGen.Scanning;

/// <summary>Makes the scanNNN variant: rasterise the digital PDF (poppler's pdftoppm, grey), damage every page, write an image-only PDF.</summary>
public static class ScanMaker
{
    public static async Task MakeAsync(string digitalPdf, string? stampPdf, string outPdf, int dpi, int seed, string workDir, CancellationToken ct)
    {
        var dir = Path.Combine(workDir, $"scan{dpi}-{Path.GetFileNameWithoutExtension(outPdf)}");
        Directory.CreateDirectory(dir);
        await RunAsync("pdftoppm", ["-r", dpi.ToString(), "-gray", "-png", digitalPdf, Path.Combine(dir, "p")], ct);
        SKBitmap? stamp = null;
        if (stampPdf is not null)
        {
            await RunAsync("pdftoppm", ["-r", dpi.ToString(), "-png", "-singlefile", stampPdf, Path.Combine(dir, "stamp")], ct);
            stamp = SKBitmap.Decode(Path.Combine(dir, "stamp.png"));
        }

        var files = Directory.GetFiles(dir, "p-*.png").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var rng = new Random(seed);
        var pages = new List<ImagePdfWriter.JpegPage>();
        var lowRes = dpi < 250;
        for (var i = 0; i < files.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            using var bmp = SKBitmap.Decode(files[i]);
            var sign = rng.NextDouble() < 0.5 ? -1 : 1;
            var overlayRoll = rng.NextDouble();
            var plan = new DamagePlan(
                SkewDegrees: sign * (0.3 + rng.NextDouble() * 0.9),
                BlurSigma: (float)((lowRes ? 0.35 : 0.6) + rng.NextDouble() * 0.4),
                NoiseSigma: 5 + rng.NextDouble() * 4,
                JpegQuality: (lowRes ? 50 : 45) + rng.Next(11),
                PaperGrey: 236 + rng.Next(16),
                Overlay: i == 0 ? null : overlayRoll < 0.35 ? "stamp" : overlayRoll < 0.55 ? "signature" : null,
                Corner: rng.Next(4),
                Seed: rng.Next());
            pages.Add(PageDamage.Apply(bmp, plan, stamp, dpi));
        }

        stamp?.Dispose();
        AtomicFile.WriteAllBytes(outPdf, ImagePdfWriter.Write(pages));
        Directory.Delete(dir, recursive: true);
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
