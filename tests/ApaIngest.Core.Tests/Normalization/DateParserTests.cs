using ApaIngest.Core.Normalization;

namespace ApaIngest.Core.Tests.Normalization;

public class DateParserTests
{
    [Theory]
    [InlineData("১৮.১০.২২", "2022-10-18")] // ICT seed, section 3
    [InlineData("১৮-১০-২০২২", "2022-10-18")] // ICT seed, section 2
    [InlineData("৩০/০৬/২০২৬", "2026-06-30")] // Koyra seed, signature
    [InlineData("৩০.০৬.২০২৬", "2026-06-30")]
    [InlineData("১৫/০৪/২৪", "2024-04-15")] // Koyra annex 5
    [InlineData("২৫-৯-২৩", "2023-09-25")] // Koyra annex 4, one-digit month
    [InlineData("৩১-১০-২০২৩", "2023-10-31")]
    [InlineData("৩১.০৭.২৪", "2024-07-31")]
    [InlineData("৩০ জুন ২০২৪", "2024-06-30")]
    [InlineData("৩০ জুন, ২০২৪", "2024-06-30")]
    [InlineData("জুন ৩০, ২০২৪", "2024-06-30")]
    [InlineData("জুলাই ১, ২০২৩", "2023-07-01")]
    [InlineData("১ জুলাই, ২০২৩", "2023-07-01")]
    [InlineData("১০ ফেব্রুয়ারী ২০২৪", "2024-02-10")]
    [InlineData("১০ ফেব্রুয়ারি ২০২৪", "2024-02-10")]
    [InlineData("৫ মে ২০২৪", "2024-05-05")]
    [InlineData("১২ ডিসেম্বর ২০২৩", "2023-12-12")]
    [InlineData("30 June 2024", "2024-06-30")]
    [InlineData("2024-06-30", "2024-06-30")]
    [InlineData("১৫.০৬.২০২৩ ", "2023-06-15")]
    [InlineData("১৬-১২-২০ ২১", "2021-12-16")] // corpus digital: the year wrapped inside the cell
    [InlineData("১৬ -১২-২০২১", "2021-12-16")]
    public void TryParse_SeedFormats_Iso(string raw, string iso)
    {
        Assert.True(DateParser.TryParse(raw, out var actual));
        Assert.Equal(iso, actual);
    }

    [Theory]
    [InlineData("৩২.০১.২৪")]
    [InlineData("৩০.১৩.২৪")]
    [InlineData("২৯.০২.২৩")]
    [InlineData("১০০")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("তারিখ")]
    public void TryParse_NotADate_False(string raw)
    {
        Assert.False(DateParser.TryParse(raw, out _));
    }
}
