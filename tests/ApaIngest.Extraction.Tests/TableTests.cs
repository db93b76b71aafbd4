using ApaIngest.Core.Pages;
using ApaIngest.Extraction.Codes;
using ApaIngest.Extraction.Headers;
using ApaIngest.Extraction.Tables;

namespace ApaIngest.Extraction.Tests;

public class TableTests
{
    private static Word W(string text, double x, double y) => new(text, new Box(x, y, x + (text.Length * 4), y + 8));

    [Fact]
    public void Lattice_MissingInnerRuling_MakesRowSpan()
    {
        // Two rows, two columns; the horizontal ruling between the rows is drawn only under the right column.
        var rulings = new List<Ruling>
        {
            new(0, 0, 200, 0), new(0, 40, 200, 40), new(100, 20, 200, 20),
            new(0, 0, 0, 40), new(100, 0, 100, 40), new(200, 0, 200, 40),
        };
        var page = new PageContent
        {
            PageNumber = 1, Width = 300, Height = 100, Rulings = rulings,
            Words = [W("এলাকা", 5, 15), W("ক", 105, 5), W("খ", 105, 25)],
        };
        var grid = Assert.Single(TableReader.Read(page));
        Assert.Equal(2, grid.RowCount);
        Assert.Equal(2, grid.ColumnCount);
        var area = grid.At(1, 0)!;
        Assert.Equal(2, area.RowSpan);
        Assert.Equal("এলাকা", area.Text);
        Assert.Same(area, grid.At(0, 0));
        Assert.Equal("খ", grid.Text(1, 1));
    }

    [Fact]
    public void CellText_SplitVowelSign_IsNotSeparatedFromItsBase()
    {
        var rulings = new List<Ruling> { new(0, 0, 100, 0), new(0, 20, 100, 20), new(0, 0, 0, 20), new(100, 0, 100, 20) };
        var page = new PageContent
        {
            PageNumber = 1, Width = 300, Height = 100, Rulings = rulings,
            Words = [new Word("ক", new Box(5, 5, 12, 13)), new Word("ি", new Box(14, 5, 16, 13)), new Word("তাব", new Box(30, 5, 50, 13))],
        };
        var grid = Assert.Single(TableReader.Read(page));
        Assert.Equal("কি তাব", grid.Text(0, 0));
    }

    [Theory]
    [InlineData("[১.১.১] পরিদর্শন সংখ্যা", "1.1.1", "পরিদর্শন সংখ্যা")]
    [InlineData("১.১০.১) পদক্ষেপ গ্রহণ", "1.10.1", "পদক্ষেপ গ্রহণ")]
    [InlineData("[২] উন্নয়ন", "2", "উন্নয়ন")]
    [InlineData("১০ টি সভা", null, "১০ টি সভা")]
    public void CodeSplitter_PrintedForms_GiveAsciiCodeAndText(string raw, string? code, string text)
    {
        var split = CodeSplitter.Split(raw);
        Assert.Equal(code, split.Code);
        Assert.Equal(text, split.Text);
    }

    [Theory]
    [InlineData("কর্মসম্পাদন সূচকের মান", ColumnRole.Weight)]
    [InlineData("কর্মস ম্পাদনসূচকে র মান", ColumnRole.Weight)]
    [InlineData("কর্মসম্পাদনের ক্ষেত্রের মান", ColumnRole.AreaWeight)]
    [InlineData("গণনা পদ্ধতি", ColumnRole.Calculation)]
    [InlineData("প্রক্ষেপ ২০২৪-২০২৫", ColumnRole.Projection)]
    [InlineData("প্রকৃত অর্জন* ২০২২-২৩", ColumnRole.Actual)]
    [InlineData("কৌশলগত উদ্দেশ্য", ColumnRole.Area)]
    public void HeaderClassifier_VariantsAndGarbling_PlaceTheColumn(string label, ColumnRole role) =>
        Assert.Equal(role, HeaderClassifier.Classify(label).Role);

    [Theory]
    [InlineData("লক্ষ্যমাত্রা/নির্ণায়ক ২০২৩-২৪ অসাধারণ", "excellent")]
    [InlineData("অতি উত্তম", "very_good")]
    [InlineData("উত্তম", "good")]
    [InlineData("চলতি মান", "fair")]
    [InlineData("চলতি মানের নিম্নে", "poor")]
    public void HeaderClassifier_LadderWords_GiveLevels(string label, string level) =>
        Assert.Equal(level, HeaderClassifier.Classify(label).Level);

    [Fact]
    public void CodeOrder_SortsNumericallyPerSegment() =>
        Assert.Equal(["1.2.1", "1.10.1", "2.1.1"], new[] { "1.10.1", "2.1.1", "1.2.1" }.Order(CodeOrder.Instance));
}
