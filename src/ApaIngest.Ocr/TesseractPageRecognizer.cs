using ApaIngest.Core.Pages;
using ApaIngest.Core.Pipeline;
using ApaIngest.Core.Text;
using ApaIngest.Ocr.Engine;
using ApaIngest.Ocr.Imaging;
using ApaIngest.Ocr.Recognition;

namespace ApaIngest.Ocr;

/// <summary>
/// The OCR stage: recognises Image and Broken pages in-process with Tesseract (ben+eng, LSTM), from the page's embedded
/// scan when one covers the page, else from a 300 dpi rendering. Words (Origin Ocr, Confidence 0..1) and the detected
/// rulings come back in PDF points, top-left origin, like a text layer's.
/// </summary>
public sealed class TesseractPageRecognizer : IPageRecognizer, IDisposable
{
    /// <summary>An embedded image is used when it covers at least this share of the page.</summary>
    private const double MinimumImageCoverage = 0.8;

    private readonly TesseractEnginePool pool;
    private readonly ImageRecognizer recognizer;

    public TesseractPageRecognizer(OcrOptions? options = null)
    {
        Options = options ?? new OcrOptions();
        pool = new TesseractEnginePool(Options.Languages, Options.TessdataPath, Options.MaxEngines);
        recognizer = new ImageRecognizer(Options);
    }

    public OcrOptions Options { get; }

    public async Task<PageContent> RecognizeAsync(ReadDocument document, PageContent page, CancellationToken cancellationToken)
    {
        var (bytes, placement, dpi) = await PageImageAsync(document, page, cancellationToken).ConfigureAwait(false);
        ImageOcrResult result;
        int sourceWidth;
        int sourceHeight;
        try
        {
            using var source = Pix.Decode(bytes.Span);
            sourceWidth = source.Width;
            sourceHeight = source.Height;
            result = await RecognizeImageAsync(source, dpi, cancellationToken).ConfigureAwait(false);
        }
        catch (OcrException e)
        {
            throw new InputRejectedException($"{document.FileName}: OCR of page {page.PageNumber} failed: {e.Message}", e);
        }

        var map = new PixelToPoints(placement, sourceWidth * result.Scale, sourceHeight * result.Scale);
        return page with
        {
            Words = result.Words.Select(w => ToWord(w, map)).ToList(),
            Rulings = result.Rulings.Select(r => map.Ruling(r)).ToList(),
        };
    }

    /// <summary>
    /// OCR of one image (PNG, JPEG, TIFF, JPEG 2000...) at its resolution; boxes in the pixels of the prepared image
    /// (see <see cref="ImageOcrResult.Scale"/>). For tools and tests that have an image rather than a PDF page.
    /// </summary>
    public async Task<ImageOcrResult> RecognizeImageAsync(ReadOnlyMemory<byte> image, int dpi, CancellationToken cancellationToken)
    {
        using var source = Pix.Decode(image.Span);
        return await RecognizeImageAsync(source, dpi, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ImageOcrResult> RecognizeImageAsync(Pix source, int dpi, CancellationToken cancellationToken)
    {
        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        return recognizer.Recognize(lease.Engine, source, dpi, cancellationToken);
    }

    private async Task<(ReadOnlyMemory<byte> Bytes, Box Placement, int Dpi)> PageImageAsync(ReadDocument document, PageContent page, CancellationToken cancellationToken)
    {
        var scan = page.Kind == PageKind.Image ? CoveringImage(page) : null;
        if (scan is not null)
        {
            var dpi = (int)Math.Round(scan.PixelWidth / (scan.Placement.Width / 72.0));
            return (scan.Data, scan.Placement, dpi);
        }

        var rendered = await PageRasterizer.RenderAsync(document.FilePath, page.PageNumber, Options.Dpi, Options.RasterizerCommand, cancellationToken).ConfigureAwait(false);
        return (rendered, new Box(0, 0, page.Width, page.Height), Options.Dpi);
    }

    /// <summary>The one decodable image that covers the page (a scan), or null: several strips, logos or none.</summary>
    private static PageImage? CoveringImage(PageContent page)
    {
        var pageArea = page.Width * page.Height;
        var usable = page.Images
            .Where(i => i.Format is "jpeg" or "png" or "jp2" or "tiff" && !i.Data.IsEmpty && i.PixelWidth > 0 && i.Placement.Width > 0)
            .Where(i => i.Placement.Width * i.Placement.Height >= pageArea * MinimumImageCoverage)
            .ToList();
        return usable.Count == 1 && page.Rotation % 360 == 0 ? usable[0] : null;
    }

    private static Word ToWord(OcrWord word, PixelToPoints map)
    {
        var box = map.Box(word.Box);
        return new Word(BanglaText.Normalize(word.Text), box)
        {
            RawText = word.Text,
            Confidence = word.Confidence,
            Origin = WordOrigin.Ocr,
            FontSize = Math.Round(box.Height, 1),
        };
    }

    public void Dispose() => pool.Dispose();

    /// <summary>Prepared-image pixels to PDF points through the image's placement on the page.</summary>
    private readonly record struct PixelToPoints(Box Placement, double PixelWidth, double PixelHeight)
    {
        private double Sx => Placement.Width / PixelWidth;
        private double Sy => Placement.Height / PixelHeight;

        public Box Box(PixelRect r) => new(Placement.X0 + (r.X * Sx), Placement.Y0 + (r.Y * Sy), Placement.X0 + (r.Right * Sx), Placement.Y0 + (r.Bottom * Sy));

        public Ruling Ruling(Tables.PixelRuling r)
        {
            var b = Box(r.Box);
            return r.IsHorizontal ? new Ruling(b.X0, b.CenterY, b.X1, b.CenterY) : new Ruling(b.CenterX, b.Y0, b.CenterX, b.Y1);
        }
    }
}
