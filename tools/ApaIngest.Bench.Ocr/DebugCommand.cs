using ApaIngest.Ocr;
using ApaIngest.Ocr.Engine;
using ApaIngest.Ocr.Recognition;

namespace ApaIngest.Bench.Ocr;

/// <summary>`bench-ocr debug IMAGE [DPI]`: prints what the OCR path finds on one image (words, rulings, cells).</summary>
internal static class DebugCommand
{
    public static int Run(string[] args)
    {
        var dpi = args.Length > 1 ? int.Parse(args[1]) : 300;
        using var engine = new TesseractEngine();
        using var pix = ApaIngest.Ocr.Imaging.Pix.Decode(File.ReadAllBytes(args[0]));
        if (Environment.GetEnvironmentVariable("BENCH_DUMP") is { } dump)
        {
            using var prepared = ApaIngest.Ocr.Preprocessing.ImagePreprocessor.Prepare(pix, dpi, new OcrOptions());
            File.WriteAllBytes(dump + ".gray.png", prepared.Gray.EncodePng());
            File.WriteAllBytes(dump + ".bin.png", prepared.Binary.EncodePng());
        }

        var started = DateTime.UtcNow;
        var result = new ImageRecognizer(new OcrOptions()).Recognize(engine, pix, dpi, CancellationToken.None);
        Console.WriteLine($"{result.Width}x{result.Height} dpi {result.Dpi} skew {result.SkewDegrees:F2} rulings {result.Rulings.Count} cells {result.Cells.Count} reread {result.CellsReread} in {(DateTime.UtcNow - started).TotalSeconds:F2}s {result.Times}");
        foreach (var r in result.Rulings)
        {
            Console.WriteLine($"  rule {(r.IsHorizontal ? "H" : "V")} {r.Box.X},{r.Box.Y} {r.Box.Width}x{r.Box.Height}");
        }

        foreach (var c in result.Cells)
        {
            Console.WriteLine($"  cell {c.X},{c.Y} {c.Width}x{c.Height}");
        }

        foreach (var line in ReadingOrder.Lines(result.Words))
        {
            Console.WriteLine(string.Join(" ", line.Select(w => $"{w.Text}[{w.Confidence:F2}]")));
        }

        return 0;
    }
}
