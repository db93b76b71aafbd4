using ApaIngest.Core.Normalization;

namespace ApaIngest.Core.Tests.Normalization;

public class FiscalYearsTests
{
    [Theory]
    [InlineData("২০২৩-২৪", "2023-24")]
    [InlineData("২০২৩-২০২৪", "2023-24")]
    [InlineData("2023-24", "2023-24")]
    [InlineData("২০২৩/২৪", "2023-24")]
    [InlineData("২০২৩ - ২৪", "2023-24")]
    [InlineData("প্রকৃত অর্জন* ২০২২-২৩", "2022-23")]
    [InlineData("প্রক্ষেপণ ২০২৫-২০২৬", "2025-26")]
    [InlineData("লক্ষ্যমাত্রা/নির্ণায়ক ২০২৪-২৫", "2024-25")]
    [InlineData("১৯৯৯-০০", "1999-00")]
    public void Parse_SeedSpellings_Canonical(string raw, string expected)
    {
        Assert.Equal(expected, FiscalYears.Parse(raw));
    }

    [Theory]
    [InlineData("২০২৩")]
    [InlineData("২০২৩-২৫")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NoConsecutivePair_Null(string? raw)
    {
        Assert.Null(FiscalYears.Parse(raw));
    }

    [Theory]
    [InlineData("জুলাই ১, ২০২৩ - জুন ৩০, ২০২৪", "2023-24")] // Koyra cover
    [InlineData("১ জুলাই, ২০২৩ - ৩০ জুন, ২০২৪", "2023-24")] // police cover
    [InlineData("জুলাই ১, ২০২৪ - জুন ৩০, ২০২৫", "2024-25")]
    public void FromDateRange_CoverPeriod_FiscalYear(string raw, string expected)
    {
        Assert.Equal(expected, FiscalYears.FromDateRange(raw));
    }

    [Fact]
    public void Offset_NextYear_Advances()
    {
        Assert.Equal("2024-25", FiscalYears.Offset("2023-24", 1));
        Assert.Equal("2021-22", FiscalYears.Offset("2023-24", -2));
    }
}
