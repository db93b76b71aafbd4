using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Spelling;

public sealed class OcrConfusionTests
{
    private static double Distance(string a, string b) =>
        ConfusionDistance.Between(BanglaClusters.Split(BanglaText.Normalize(a)), BanglaClusters.Split(BanglaText.Normalize(b)));

    [Theory]
    [InlineData("শূক্কাচার", "শুদ্ধাচার")] // ূ/ু and ক্ক/দ্ধ: two OCR edits
    [InlineData("মাথলা", "মামলা")]
    [InlineData("ধানা", "থানা")]
    [InlineData("সামরাত", "সায়রাত")]
    [InlineData("বাসজমি", "খাসজমি")]
    public void Between_TypicalOcrError_CostsLessThanOneEdit(string garbled, string word)
    {
        Assert.True(Distance(garbled, word) < 1.0);
    }

    [Theory]
    [InlineData("শুদ্ধাচার", "শুকনাচার")] // two arbitrary cluster changes
    [InlineData("মামলা", "মাকলি")]
    public void Between_RandomTwoEditChange_CostsAtLeastOneAndAHalf(string a, string b)
    {
        Assert.True(Distance(a, b) >= 1.5);
    }

    [Fact]
    public void Between_ConjunctReadAsTwoLetters_IsACheapSplit()
    {
        Assert.True(Distance("সম্মত", "সমমত") < 0.6);
    }

    [Theory]
    [InlineData("\u09CDন", "ন্ন")]        // উ্নত for উন্নত
    [InlineData("ল\u09CDী", "ল্লী")]      // বল্ী for বল্লী
    [InlineData("স\u09CD\u09CDয", "স্থ্য")] // স্বাস্্য for স্বাস্থ্য
    public void Cluster_ConjunctThatLostALetterButKeptItsHasanta_CostsAConjunctGap(string damaged, string whole)
    {
        Assert.True(OcrConfusion.IsConjunctGap(damaged, BanglaText.Normalize(whole)));
        Assert.True(OcrConfusion.Cluster(damaged, BanglaText.Normalize(whole)) <= OcrConfusion.ConjunctGap);
    }

    [Theory]
    [InlineData("ন", "ন্ন")]   // no stray hasanta: a plain letter drop, not a gap
    [InlineData("ন্ত", "ন্ত্র")] // a whole conjunct, one letter shorter
    public void IsConjunctGap_NoStrayHasanta_IsFalse(string shorter, string whole)
    {
        Assert.False(OcrConfusion.IsConjunctGap(BanglaText.Normalize(shorter), BanglaText.Normalize(whole)));
    }

    [Fact]
    public void Between_ConjunctGapWord_IsCheaperThanInsertingALetter()
    {
        Assert.True(Distance("উ\u09CDনত", "উন্নত") < Distance("উনত", "উন্নত"));
    }

    [Fact]
    public void Between_SameWord_IsZero()
    {
        Assert.Equal(0, Distance("কর্মসম্পাদন", "কর্মসম্পাদন"));
    }
}
