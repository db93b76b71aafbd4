using ApaIngest.Repair.TextLayer;

namespace ApaIngest.Repair.Tests.TextLayer;

public class VisualOrderTests
{
    // Visual-order spellings as the mPDF/Nikosh layers give them (data/README-realdata.md), with their true words.
    [Theory]
    [InlineData("িবষয়", "বিষয়")]
    [InlineData("িতেবদন", "তিবেদন")]
    [InlineData("মািসক", "মাসিক")]
    [InlineData("েমাট", "মোট")]
    [InlineData("েকৗশল", "কৌশল")]
    [InlineData("িন্দষ্ট", "ন্দিষ্ট")]
    [InlineData("ৈনিতক", "নৈতিক")]
    public void ToLogical_VisualOrderWord_SignsAfterTheirCluster(string visual, string logical)
    {
        Assert.Equal(logical, VisualOrder.ToLogical(visual));
    }

    [Theory]
    [InlineData("িবষয়", true)]
    [InlineData("(িবষয়)", true)]
    [InlineData("বিষয়", false)]
    [InlineData("হয়েছিল", false)] // ে after য + nukta (decomposed য়) is logical order
    [InlineData("কি", false)]
    [InlineData("APA", false)]
    public void HasVisualOrderSign_Word_DetectsOnlyImpossiblePositions(string word, bool expected)
    {
        Assert.Equal(expected, VisualOrder.HasVisualOrderSign(word));
    }

    [Fact]
    public void IsVisualOrderLayer_LogicalWords_False()
    {
        Assert.False(VisualOrder.IsVisualOrderLayer(["বিষয়", "মাসিক", "প্রতিবেদন", "কি", "হয়েছিল"]));
    }

    [Fact]
    public void IsVisualOrderLayer_MostlyVisualWords_True()
    {
        Assert.True(VisualOrder.IsVisualOrderLayer(["িবষয়", "মািসক", "িতেবদন", "করণীয়", "েমাট"]));
    }
}
