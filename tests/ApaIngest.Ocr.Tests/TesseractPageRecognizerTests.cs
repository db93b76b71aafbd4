using ApaIngest.Core.Pages;

namespace ApaIngest.Ocr.Tests;

public sealed class TesseractPageRecognizerTests
{
    [Fact]
    public async Task RecognizeAsync_BrokenPageOfRealPdf_RasterisesAndReturnsOcrWordsInPoints()
    {
        var pdf = Path.Combine(TestImages.RepoRoot(), "data/pdf/freedom-fight-notosans-clean.pdf");
        var page = new PageContent { PageNumber = 2, Width = 595.5, Height = 841.92, Kind = PageKind.Broken };
        var document = new ReadDocument(pdf, "sha", [new PageContent { PageNumber = 1, Width = 595.5, Height = 841.92 }, page]);
        using var recognizer = new TesseractPageRecognizer(new OcrOptions { MaxEngines = 1 });

        var result = await recognizer.RecognizeAsync(document, page, CancellationToken.None);

        Assert.Equal(PageKind.Broken, result.Kind);
        Assert.Equal(page.Width, result.Width);
        Assert.True(result.Words.Count > 50, $"{result.Words.Count} words");
        Assert.All(result.Words, w =>
        {
            Assert.Equal(WordOrigin.Ocr, w.Origin);
            Assert.InRange(w.Confidence, 0, 1);
            Assert.True(w.Box.X0 >= 0 && w.Box.X1 <= page.Width && w.Box.Y0 >= 0 && w.Box.Y1 <= page.Height, $"{w.Text} {w.Box}");
        });

        // pdftotext of the same page (its text layer is correct) has these words.
        var expected = await Task.Run(() => RunPdfToText(pdf, 2));
        var commonWords = expected.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).Distinct().ToList();
        var found = commonWords.Count(w => result.Words.Any(o => o.Text == w.Normalize()));
        Assert.True(found >= commonWords.Count * 0.8, $"{found}/{commonWords.Count} words of the text layer recognised");
    }

    [Fact]
    public async Task RecognizeImageAsync_ImageBytes_ReturnsWordsWithoutAPdf()
    {
        using var recognizer = new TesseractPageRecognizer(new OcrOptions { MaxEngines = 1 });

        var result = await recognizer.RecognizeImageAsync(TestImages.Bytes("numeric-cells"), TestImages.Dpi, CancellationToken.None);

        Assert.Contains(result.Words, w => w.Text == "৮০%");
    }

    private static string RunPdfToText(string pdf, int page)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext", ["-f", page.ToString(), "-l", page.ToString(), pdf, "-"]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return ApaIngest.Core.Text.BanglaText.Normalize(text);
    }
}
