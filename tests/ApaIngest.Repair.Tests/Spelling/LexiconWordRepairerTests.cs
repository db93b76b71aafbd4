using ApaIngest.Core.Pages;
using ApaIngest.Core.Text;

namespace ApaIngest.Repair.Tests.Spelling;

public sealed class LexiconWordRepairerTests
{
    private static PageContent Page(params (string Text, double Confidence)[] words) => new()
    {
        PageNumber = 1,
        Width = 600,
        Height = 800,
        Kind = PageKind.Image,
        Words = [.. words.Select((w, i) => new Word(w.Text, new Box(50 + (i * 80), 100, 120 + (i * 80), 112)) { Confidence = w.Confidence, Origin = WordOrigin.Ocr })],
    };

    [Fact]
    public void Repair_GarbledOcrWord_FixesTextKeepsRawTextAndLowersNoHigherConfidence()
    {
        var page = Page(("থানায়", 0.9), ("মাথলা", 0.8), ("নিষ্পত্তি", 0.95));
        var repaired = RepoData.Repairer.Repair(page);
        var word = repaired.Words[1];
        Assert.Equal(BanglaText.Normalize("মামলা"), BanglaText.Normalize(word.Text));
        Assert.Equal("মাথলা", word.RawText);
        Assert.True(word.Confidence <= 0.8);
        Assert.Same(page.Words[0], repaired.Words[0]);
        Assert.Same(page.Words[2], repaired.Words[2]);
    }

    [Fact]
    public void Repair_PageWithoutGarbledWords_ReturnsTheSamePage()
    {
        var page = Page(("বার্ষিক", 1), ("কর্মসম্পাদন", 1), ("চুক্তি", 1), ("২০২৩-২৪", 1));
        Assert.Same(page, RepoData.Repairer.Repair(page));
    }

    [Fact]
    public void RepairToken_WordWithPunctuation_KeepsThePunctuation()
    {
        var (text, changed, _) = RepoData.Repairer.RepairToken("(মাথলা),", ApaIngest.Repair.Spelling.TokenContext.None);
        Assert.True(changed);
        Assert.Equal("(" + BanglaText.Normalize("মামলা") + "),", text);
    }
}
