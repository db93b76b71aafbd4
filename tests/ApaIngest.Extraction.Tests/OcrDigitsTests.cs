using ApaIngest.Extraction.Sections;

namespace ApaIngest.Extraction.Tests;

/// <summary>Pairs (gold, OCR) from the corpus scans' predictions.</summary>
public sealed class OcrDigitsTests
{
    [Theory]
    [InlineData("8৫", "৪৫")]
    [InlineData("8৭৭", "৪৭৭")]
    [InlineData("8৪৯", "৪৪৯")]
    [InlineData("q", "৭")]
    [InlineData(" ঙ ", "৬")]
    public void Fix_LatinLookAlikeOfABanglaDigit_TheBanglaDigit(string ocr, string expected)
    {
        Assert.Equal(expected, OcrDigits.Fix(ocr));
    }

    [Theory]
    [InlineData("808")] // all Latin: could be 808 as printed
    [InlineData("v")] // ৬ or ৮: ambiguous
    [InlineData("৪৫")]
    [InlineData("১৬-১২-২০২১")]
    [InlineData("8 জন")]
    public void Fix_NothingToFixOrAmbiguous_Unchanged(string ocr)
    {
        Assert.Equal(ocr, OcrDigits.Fix(ocr));
    }
}
