using ApaIngest.Core.Pages;
using ApaIngest.Repair.TextLayer;

namespace ApaIngest.Repair.Tests.TextLayer;

public class TextLayerRepairerTests
{
    private static Word W(string raw, string? font = null, WordOrigin origin = WordOrigin.TextLayer) =>
        new(raw, new Box(0, 0, 10, 10)) { FontName = font, Origin = origin };

    private static PageContent Page(PageKind kind, params Word[] words) =>
        new() { PageNumber = 1, Width = 595, Height = 842, Kind = kind, Words = words };

    [Fact]
    public void Repair_LegacyPage_ConvertsBijoyFontWordsKeepsLatinFontWords()
    {
        var page = Page(PageKind.Legacy,
            W("evwl©K", "SutonnyMJ"), W("Kg©m¤úv`b", "SutonnyMJ-Bold"), W("Pyw³", "SutonnyMJ"), W("(APA)", "TimesNewRomanPSMT"), W("2023", "Arial"));

        var repaired = new TextLayerRepairer().Repair(page);

        Assert.Equal(["বার্ষিক", "কর্মসম্পাদন", "চুক্তি", "(APA)", "2023"], repaired.Words.Select(w => w.Text));
        Assert.Equal(["evwl©K", "Kg©m¤úv`b", "Pyw³", "(APA)", "2023"], repaired.Words.Select(w => w.RawText));
        Assert.Equal(WordOrigin.LegacyTextLayer, repaired.Words[0].Origin);
    }

    [Fact]
    public void Repair_LegacyPageUnknownFont_ConvertsBijoyLookingWordsOnly()
    {
        var page = Page(PageKind.Legacy, W("Dc‡Rjv", "F1"), W("wbe©vnx", "F1"), W("Office", "F2"));

        var repaired = new TextLayerRepairer().Repair(page);

        Assert.Equal(["উপজেলা", "নির্বাহী", "Office"], repaired.Words.Select(w => w.Text));
    }

    [Fact]
    public void Repair_TextPageInVisualOrder_ReordersEveryWord()
    {
        // A layer that maps glyphs one by one: ি before its consonant everywhere, also where it looks possible ("কিব").
        var page = Page(PageKind.Text, W("িবষয়"), W("মািসক"), W("িতেবদন"), W("েমাট"));

        var repaired = new TextLayerRepairer().Repair(page);

        Assert.Equal(["বিষয়", "মাসিক", "তিবেদন", "মোট"], repaired.Words.Select(w => w.Text));
        Assert.Equal("িবষয়", repaired.Words[0].RawText);
    }

    [Fact]
    public void Repair_TextPageLogicalOrder_LeavesWordsAndNormalizesNukta()
    {
        var page = Page(PageKind.Text, W("কবি"), W("হয়েছিল"), W("মাসিক"));

        var repaired = new TextLayerRepairer().Repair(page);

        Assert.Equal(["কবি", "হয়েছিল", "মাসিক"], repaired.Words.Select(w => w.Text));
    }

    [Theory]
    [InlineData(PageKind.Broken)]
    [InlineData(PageKind.Image)]
    public void Repair_BrokenOrImagePage_Unchanged(PageKind kind)
    {
        var page = Page(kind, W("কম\uE03D-পিরক\uE11Cনার"), W("িবষয়"));

        var repaired = new TextLayerRepairer().Repair(page);

        Assert.Same(page, repaired);
    }

    [Fact]
    public void Repair_OcrWordsOnTextPage_Untouched()
    {
        var ocr = W("িবষয়", origin: WordOrigin.Ocr);
        var page = Page(PageKind.Text, ocr, W("িতেবদন"), W("মািসক"));

        var repaired = new TextLayerRepairer().Repair(page);

        Assert.Same(ocr, repaired.Words[0]);
    }
}
