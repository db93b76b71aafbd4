using ApaIngest.Ocr.Engine;
using ApaIngest.Ocr.Imaging;

namespace ApaIngest.Ocr.Tests;

public sealed class BindingTests
{
    [Fact]
    public void Version_NativeLibraryLoaded_ReportsTesseract5()
    {
        Assert.StartsWith("5.", TesseractEngine.Version);
    }

    [Fact]
    public void EngineCreateAndDispose_ManyTimes_StaysUsable()
    {
        using var image = TestImages.Load("numeric-cells");
        for (var i = 0; i < 4; i++)
        {
            using var engine = new TesseractEngine();
            var words = engine.Recognize(image, TestImages.Dpi, PageSegMode.SingleBlock);
            Assert.NotEmpty(words);
        }
    }

    [Fact]
    public void PixDecodeAndDispose_ManyTimes_KeepsDimensions()
    {
        var bytes = TestImages.Bytes("bangla-word");
        for (var i = 0; i < 200; i++)
        {
            using var pix = Pix.Decode(bytes);
            using var gray = pix.ToGray();
            Assert.Equal(8, gray.Depth);
            Assert.Equal(pix.Width, gray.Width);
        }
    }

    [Fact]
    public void Decode_NotAnImage_ThrowsOcrException()
    {
        Assert.Throws<OcrException>(() => Pix.Decode("%PDF-1.4 not an image"u8));
    }

    [Fact]
    public void Engine_MissingLanguage_ThrowsOcrExceptionNamingIt()
    {
        var e = Assert.Throws<OcrException>(() => new TesseractEngine("xyz"));
        Assert.Contains("xyz.traineddata", e.Message);
    }

    [Fact]
    public async Task Pool_ConcurrentRents_CreatesAtMostMaxEngines()
    {
        using var pool = new TesseractEnginePool("ben+eng", null, maxEngines: 2);
        using var image = TestImages.Load("numeric-cells");
        var tasks = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var lease = await pool.RentAsync(CancellationToken.None);
            return lease.Engine.Recognize(image, TestImages.Dpi, PageSegMode.SingleBlock).Count;
        }));

        var counts = await Task.WhenAll(tasks);

        Assert.All(counts, c => Assert.True(c > 0));
        Assert.InRange(pool.CreatedCount, 1, 2);
    }
}
