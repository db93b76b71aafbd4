using System.Security.Cryptography;
using ApaIngest.Core.Pages;
using ApaIngest.Core.Pipeline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Word = ApaIngest.Core.Pages.Word;
using UglyToad.PdfPig.Exceptions;

namespace ApaIngest.Pdf;

/// <summary>
/// Reads a PDF with PdfPig: per page the words of the text layer exactly as the layer says (no repair here), their boxes in
/// Core's top-left frame, fonts, rulings, images with bytes, size, rotation, and the page's <see cref="PageKind"/>.
/// </summary>
public sealed class PdfDocumentReader(PdfReadOptions options) : IDocumentReader
{
    public PdfDocumentReader()
        : this(new PdfReadOptions())
    {
    }

    public PdfReadOptions Options { get; } = options;

    public ReadDocument Read(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputRejectedException($"{name}: cannot read the file ({ex.Message})", ex);
        }

        return Read(bytes, path, cancellationToken);
    }

    /// <summary>Reads a PDF from a stream; <paramref name="filePath"/> names it in the result and in errors.</summary>
    public ReadDocument Read(Stream stream, string filePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Read(copy.ToArray(), filePath, cancellationToken);
    }

    private ReadDocument Read(byte[] bytes, string filePath, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(filePath);
        if (!HasPdfHeader(bytes))
        {
            throw new InputRejectedException($"{name}: not a PDF (no %PDF- header)");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        using var document = Open(bytes, name);
        var pages = new List<PageContent>(document.NumberOfPages);
        for (var n = 1; n <= document.NumberOfPages; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(ReadPage(document, n, name));
        }

        return new ReadDocument(filePath, sha256, pages);
    }

    private PdfDocument Open(byte[] bytes, string name)
    {
        var parsing = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            UseActualText = true,
            // Chromium (Skia) PDFs draw table borders as filled rectangles that PdfPig reports only with clipping on.
            ClipPaths = true,
            Passwords = ["", .. Options.Passwords],
        };
        try
        {
            var document = PdfDocument.Open(bytes, parsing);
            if (document.NumberOfPages == 0)
            {
                document.Dispose();
                throw new InputRejectedException($"{name}: unreadable PDF (no pages)");
            }

            return document;
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new InputRejectedException($"{name}: encrypted with a password", ex);
        }
        catch (InputRejectedException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new InputRejectedException($"{name}: unreadable PDF ({FirstLine(ex.Message)})", ex);
        }
    }

    private PageContent ReadPage(PdfDocument document, int number, string name)
    {
        Page page;
        try
        {
            page = document.GetPage(number);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new InputRejectedException($"{name}: encrypted with a password", ex);
        }
        catch (Exception ex)
        {
            // One damaged page should not lose the document: it goes to OCR, which rasterises what it can.
            return new PageContent
            {
                PageNumber = number,
                Width = 595,
                Height = 842,
                Kind = PageKind.Image,
                KindReason = $"page could not be parsed ({FirstLine(ex.Message)})",
            };
        }

        var frame = PageFrame.Of(page.CropBox.Bounds);
        var words = LetterGrouper.Group(page.Letters, frame, WordOrigin.TextLayer);
        var rulings = SafeCollect(() => RulingCollector.Collect(page, frame, Options));
        var images = SafeCollect(() => ImageCollector.Collect(page, frame, Options));
        var (kind, reason) = PageClassifier.Classify(words, images, page.Width, page.Height, Options);
        if (kind == PageKind.Legacy)
        {
            words = words.Select(w => w with { Origin = WordOrigin.LegacyTextLayer }).ToList();
        }

        return new PageContent
        {
            PageNumber = number,
            Width = page.Width,
            Height = page.Height,
            Rotation = page.Rotation.Value,
            Kind = kind,
            KindReason = reason,
            Words = words,
            Rulings = rulings,
            Images = images,
        };
    }

    private static List<T> SafeCollect<T>(Func<List<T>> collect)
    {
        try
        {
            return collect();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Graphics PdfPig cannot interpret are not worth losing the page's text for.
            return [];
        }
    }

    private static bool HasPdfHeader(byte[] bytes)
    {
        var limit = Math.Min(bytes.Length, 1024);
        ReadOnlySpan<byte> marker = "%PDF-"u8;
        return bytes.AsSpan(0, limit).IndexOf(marker) >= 0;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 160 ? line[..160] : line;
    }
}
