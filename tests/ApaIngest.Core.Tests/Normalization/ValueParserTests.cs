using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;

namespace ApaIngest.Core.Tests.Normalization;

public class ValueParserTests
{
    [Theory]
    [InlineData("১০০", "count", 1, 100)]
    [InlineData("০৫", "count", 1, 5)] // Koyra seed
    [InlineData("১৬৬", "count", 1, 166)]
    [InlineData("২০০০", "count", 1, 2000)]
    [InlineData("১,২৫২", "count", 1, 1252)]
    [InlineData("১,০০,০০০", "count", 1, 100000)]
    [InlineData("৯৮,০০০", "count", 1, 98000)]
    [InlineData("৮,৩৪,৪৮,৩৭৬/-", "taka", 1, 83448376)]
    [InlineData("১০০%", "percent", 1, 100)]
    [InlineData("৯০ %", "percent", 1, 90)]
    [InlineData("৯২.৫", "percent", 1, 92.5)]
    [InlineData("৯২,৫", "percent", 1, 92.5)]
    [InlineData("100", "percent", 1, 100)]
    [InlineData("১০০*", "percent", 1, 100)] // provisional marker
    [InlineData("৭ (১ ব্যাচ)", "count", 1, 7)] // ICT seed annex 4
    [InlineData("২০ টি", "count", 1, 20)]
    [InlineData("০,০০০৮০", "persons", 100000, 80)]
    [InlineData("০.০০০৮০", "persons", 100000, 80)]
    [InlineData("১,৫", "persons", 100000, 150000)]
    [InlineData("২.৫", "taka", 10000000, 25000000)]
    [InlineData("১০", "score", 1, 10)]
    [InlineData("১,২৫, ০০০", "taka", 1, 125000)] // wrapped at the separator
    [InlineData("%০৬", "percent", 1, 60)] // Koyra ladder header, read in reversed order
    public void Parse_Numbers_BaseUnitValue(string raw, string unit, double scale, double expected)
    {
        Assert.True(ValueParser.TryParse(raw, unit, scale, out var value, out _));
        Assert.Equal(expected, value.Number);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("–")]
    [InlineData("N/A")]
    [InlineData("প্রযোজ্য নয়")]
    [InlineData(null)]
    public void TryParse_EmptyOrDash_NullWithoutProblem(string? raw)
    {
        Assert.True(ValueParser.TryParse(raw, "count", 1, out var value, out var problem));
        Assert.True(value.IsNull);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("১৮.১০.২২", "2022-10-18")]
    [InlineData("১৮-১০-২০২৪", "2024-10-18")]
    [InlineData("১৫/০২/২০২৪", "2024-02-15")]
    [InlineData("৩০ জুন ২০২৪", "2024-06-30")]
    [InlineData("১৬-১২-২০ ২৪", "2024-12-16")]
    public void Parse_DateUnit_IsoString(string raw, string iso)
    {
        Assert.True(ValueParser.TryParse(raw, "date", 1, out var value, out _));
        Assert.Equal(iso, value.Text);
    }

    [Theory]
    [InlineData("৮০-৯০", "percent")]
    [InlineData("৮০ - ৯০", "percent")]
    [InlineData("৫ থেকে ১০", "count")]
    public void TryParse_Range_NullAndFlagged(string raw, string unit)
    {
        var cell = ValueParser.Read(raw, unit, 1);
        Assert.Equal(CellOutcome.Range, cell.Outcome);
        Assert.True(cell.Value.IsNull);
        Assert.False(ValueParser.TryParse(raw, unit, 1, out _, out var problem));
        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("অগ্রিম", "count")]
    [InlineData("৮০ ৯০", "count")]
    [InlineData("১২৩abc৪৫", "count")]
    [InlineData("৩২.১৩.২৪", "date")]
    public void TryParse_Garbage_Unparsed(string raw, string unit)
    {
        Assert.False(ValueParser.TryParse(raw, unit, 1, out var value, out var problem));
        Assert.True(value.IsNull);
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public void Parse_PercentIn_DateColumn_KeepsNumber()
    {
        // Koyra annex 5: a তারিখ row whose ladder is printed as percentages.
        Assert.Equal(CellValue.Of(80), ValueParser.Parse("৮০%", "date", 1));
    }
}
