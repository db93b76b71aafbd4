using ApaIngest.Ocr.Engine;

namespace ApaIngest.Ocr.Tests;

public sealed class TesseractEngineTests
{
    [Fact]
    public void Recognize_BanglaWordImage_ReadsTheWordWithBoxAndConfidence()
    {
        using var engine = new TesseractEngine();
        using var image = TestImages.Load("bangla-word");

        var words = engine.Recognize(image, TestImages.Dpi, PageSegMode.SingleBlock);

        var word = Assert.Single(words);
        Assert.Equal("বাস্তবায়ন", word.Text.Normalize());
        Assert.InRange(word.Confidence, 0.5, 1.0);
        Assert.True(word.Box.Width > 100 && word.Box.X < image.Width / 2, $"box {word.Box}");
    }
}
