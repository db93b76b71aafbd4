using ApaIngest.Ocr.Engine;
using ApaIngest.Ocr.Imaging;
using ApaIngest.Ocr.Recognition;

namespace ApaIngest.Ocr.Tests;

public sealed class ImageRecognizerTests : IClassFixture<EngineFixture>
{
    private readonly EngineFixture fixture;

    public ImageRecognizerTests(EngineFixture fixture) => this.fixture = fixture;

    private ImageOcrResult Recognize(string image)
    {
        using var pix = TestImages.Load(image);
        return new ImageRecognizer(new OcrOptions()).Recognize(fixture.Engine, pix, TestImages.Dpi, CancellationToken.None);
    }

    [Fact]
    public void Recognize_RuledNumericCells_ReadsEachValueInItsOwnCell()
    {
        var result = Recognize("numeric-cells");

        string[] expected = ["১০০", "৮০%", "৯০", "১২.৫০", "৩০/০৬/২০২৪"];
        Assert.Equal(expected.Length, result.Cells.Count);
        var byCell = result.Cells.OrderBy(c => c.X)
            .Select(cell => string.Join(" ", result.Words.Where(w => cell.Contains(w.Box.CenterX, w.Box.CenterY)).Select(w => w.Text)))
            .ToList();
        Assert.Equal(expected, byCell);
        Assert.All(result.Words, w => Assert.InRange(w.Confidence, 0.0, 1.0));
    }

    [Fact]
    public void Recognize_SkewedParagraph_DeskewsAndReadsWords()
    {
        var result = Recognize("skewed-page");

        Assert.InRange(Math.Abs(result.SkewDegrees), 2.0, 4.0);
        var texts = result.Words.Select(w => w.Text.Normalize()).ToHashSet();
        foreach (var word in new[] { "উপজেলা", "পরিষদের", "বাস্তবায়ন", "লক্ষ্যমাত্রা" })
        {
            Assert.Contains(word, texts);
        }
    }

    [Fact]
    public void Recognize_TableWithMergedCell_FindsRulingsCellsAndPlacesWords()
    {
        var result = Recognize("ruled-table");

        // 3 rows x 4 columns, the first row's first two cells merged: 11 cells; 4 horizontal rules, 5 vertical segments
        // (the rule between columns 1 and 2 stops under the merged cell).
        Assert.Equal(11, result.Cells.Count);
        Assert.Equal(4, result.Rulings.Count(r => r.IsHorizontal));
        Assert.Equal(5, result.Rulings.Count(r => !r.IsHorizontal));
        var merged = result.Cells.OrderBy(c => c.Y).ThenBy(c => c.X).First();
        var secondWidest = result.Cells.Select(c => c.Width).OrderDescending().Skip(1).First();
        Assert.True(merged.Width > secondWidest * 1.5, $"merged cell {merged}");
        AssertInCell(result, "কার্যক্রম", merged);
        var lastRow = result.Cells.OrderByDescending(c => c.Y).ThenBy(c => c.X).Take(4).OrderBy(c => c.X).ToList();
        AssertInCell(result, "১.২", lastRow[0]);
        AssertInCell(result, "প্রশিক্ষণ", lastRow[1]);
        AssertInCell(result, "জন", lastRow[2]);
        AssertInCell(result, "৮০", lastRow[3]);
    }

    private static void AssertInCell(ImageOcrResult result, string text, PixelRect cell)
    {
        var word = Assert.Single(result.Words, w => w.Text.Normalize() == text);
        Assert.True(cell.Contains(word.Box.CenterX, word.Box.CenterY), $"'{text}' at {word.Box} not in {cell}");
    }
}

/// <summary>One engine shared by a test class (an init loads ~20 MB of models).</summary>
public sealed class EngineFixture : IDisposable
{
    public TesseractEngine Engine { get; } = new();

    public void Dispose() => Engine.Dispose();
}
