using ApaIngest.Core.Pages;

namespace ApaIngest.Pdf.Tests;

public class ReadingOrderTests
{
    private static Word W(string text, double x0, double y0, double x1, double y1) => new(text, new Box(x0, y0, x1, y1));

    [Fact]
    public void Lines_WordsOutOfOrder_TopToBottomLeftToRight()
    {
        Word[] words =
        [
            W("চার", 60, 30, 90, 42),
            W("এক", 10, 10, 40, 22),
            W("তিন", 10, 30, 40, 42),
            W("দুই", 60, 11, 90, 21),
        ];

        var lines = ReadingOrder.Lines(words);

        Assert.Equal(["এক দুই", "তিন চার"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Lines_TallWordWithMarks_DoesNotSwallowTheNextLine()
    {
        // A word with a reph and a u-kar reaches into the next line's band; the overlap with the line below is small.
        Word[] words =
        [
            W("কর্মসূচি", 10, 8, 60, 26),
            W("এবং", 70, 10, 100, 22),
            W("লক্ষ্য", 10, 24, 50, 36),
        ];

        var lines = ReadingOrder.Lines(words);

        Assert.Equal(["কর্মসূচি এবং", "লক্ষ্য"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Text_RealEssayFirstPage_StartsWithTheTitleLine()
    {
        var page = TestFiles.Read(TestFiles.RealPdf("freedom-fight-notosans-clean.pdf")).Pages[0];

        var firstLine = ReadingOrder.Text(page).Split('\n')[0];

        Assert.Equal("মুক্তিযুদ্ধ: আমাদের স্বাধীনতার গৌরবময় ইতিহাস", firstLine);
    }

    [Fact]
    public void Text_RuledTable_ReadsCellByCellWithWrappedCellsTogether()
    {
        // Two columns, two rows; the left cell of row 1 wraps over two lines, the right cell has one line in between.
        Ruling[] grid =
        [
            new(0, 0, 200, 0), new(0, 40, 200, 40), new(0, 60, 200, 60),
            new(0, 0, 0, 60), new(100, 0, 100, 60), new(200, 0, 200, 60),
        ];
        Word[] words =
        [
            W("মাসিক", 5, 5, 40, 15), W("সমন্বয়", 45, 5, 90, 15), W("সংখ্যা", 105, 14, 150, 24),
            W("সভা", 5, 22, 30, 32), W("১.১", 5, 45, 20, 55), W("১২", 105, 45, 120, 55),
            W("শিরোনাম", 5, -30, 60, -20),
        ];
        var page = new PageContent { PageNumber = 1, Width = 300, Height = 300, Words = words, Rulings = grid };

        var text = ReadingOrder.Text(page);

        Assert.Equal("শিরোনাম\nমাসিক সমন্বয় সভা সংখ্যা\n১.১ ১২", text);
    }
}
