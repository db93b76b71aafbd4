using ApaIngest.Validation.Misreadings;

namespace ApaIngest.Validation.Tests.Misreadings;

public class CellReadingsTests
{
    private static readonly CellConfusions Table = new(
    [
        new CharConfusion('R', '২', 9, 0.9), new CharConfusion('R', '৭', 1, 0.1),
        new CharConfusion('&', '\0', 4, 0.8), new CharConfusion('&', '৫', 1, 0.2),
    ]);

    [Fact]
    public void Of_TwoLookAlikes_ProductOfProbabilitiesMostLikelyFirst()
    {
        var readings = CellReadings.Of("RR", Table);

        Assert.Equal("২২", readings[0].Text);
        Assert.Equal(0.81, readings[0].Probability, 6);
        Assert.Equal(0.18, readings.Where(r => r.Text is "২৭" or "৭২").Sum(r => r.Probability), 6);
    }

    [Fact]
    public void Of_SpuriousMark_DroppedReadingFirst()
    {
        var readings = CellReadings.Of("৫&,৪৩,০০০", Table);

        Assert.Equal("৫,৪৩,০০০", readings[0].Text);
        Assert.Equal(0.8, readings[0].Probability, 6);
    }

    [Fact]
    public void Of_CharacterNeverSeenInTraining_NoReadings()
    {
        Assert.Empty(CellReadings.Of("৮¢", Table));
    }

    [Fact]
    public void Of_BanglaDigitsAndSeparators_StandForThemselves()
    {
        var readings = CellReadings.Of("১২.৫%", Table);

        Assert.Equal(new CellReading("১২.৫%", 1.0), Assert.Single(readings));
    }
}
