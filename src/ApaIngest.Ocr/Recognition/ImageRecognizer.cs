using ApaIngest.Ocr.Engine;
using ApaIngest.Ocr.Imaging;
using ApaIngest.Ocr.Preprocessing;
using ApaIngest.Ocr.Tables;

namespace ApaIngest.Ocr.Recognition;

/// <summary>
/// The OCR of one page image: prepare (grey, deskew, binarise), find the table grid, remove its lines, recognise the
/// page, then re-read alone every cell whose whole-page reading is doubtful, so each word lands in its cell.
/// </summary>
public sealed class ImageRecognizer(OcrOptions options)
{
    public ImageOcrResult Recognize(TesseractEngine engine, Pix source, int sourceDpi, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var prepared = ImagePreprocessor.Prepare(source, sourceDpi, options);
        var prepareSeconds = Lap(watch);
        cancellationToken.ThrowIfCancellationRequested();
        using var grid = options.DetectTables ? TableGridDetector.Detect(prepared.Binary, prepared.Dpi) : null;
        using var clean = prepared.Gray.Copy();
        using var cleanBinary = grid is null ? prepared.Binary.Clone() : prepared.Binary.Subtract(grid.LineMask);
        if (grid is not null && grid.Rulings.Count > 0)
        {
            clean.SetMasked(grid.LineMask, 255);
        }

        var gridSeconds = Lap(watch);
        cancellationToken.ThrowIfCancellationRequested();
        var pageImage = options.RecognizeBinary ? cleanBinary : clean;
        var words = engine.Recognize(pageImage, prepared.Dpi, options.PageMode).ToList();
        var pageSeconds = Lap(watch);
        var reread = 0;
        if (grid is { Cells.Count: > 0 })
        {
            reread = new CellRereader(engine, pageImage, cleanBinary, prepared.Dpi, options).Apply(words, grid.Cells, cancellationToken);
        }

        var ordered = words.OrderBy(w => w.Box.Y).ThenBy(w => w.Box.X).ToList();
        return new ImageOcrResult(prepared.Width, prepared.Height, prepared.Dpi, prepared.Scale, prepared.SkewDegrees, ordered,
            grid?.Rulings ?? [], grid?.Cells ?? [])
        {
            CellsReread = reread,
            Times = new StageTimes(prepareSeconds, gridSeconds, pageSeconds, Lap(watch)),
        };
    }

    private static double Lap(System.Diagnostics.Stopwatch watch)
    {
        var seconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        return seconds;
    }
}
