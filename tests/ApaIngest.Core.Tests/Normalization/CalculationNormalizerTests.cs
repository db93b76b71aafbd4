using ApaIngest.Core.Normalization;

namespace ApaIngest.Core.Tests.Normalization;

public class CalculationNormalizerTests
{
    [Theory]
    [InlineData("সমষ্টি", "sum")]
    [InlineData(" সমষ্টি", "sum")]
    [InlineData("গড়", "average")]
    [InlineData("গড", "average")]
    [InlineData("ক্রমপুঞ্জিভূত", "cumulative")]
    [InlineData("ক্রমপঞ্জিভূত", "cumulative")]
    [InlineData("ক্রমপুঞ্জীভূত", "cumulative")]
    [InlineData("ক্রম পুঞ্জিভূত", "cumulative")]
    [InlineData("তারিখ", "date")]
    [InlineData("Sum", "sum")]
    public void Normalize_KnownMethods_MapToSchema(string raw, string expected)
    {
        Assert.Equal(expected, CalculationNormalizer.Normalize(raw));
    }

    [Fact]
    public void Normalize_AverageWithNuktaComposedOrNot_Average()
    {
        Assert.Equal("average", CalculationNormalizer.Normalize("\u0997\u09A1\u09BC"));
        Assert.Equal("average", CalculationNormalizer.Normalize("\u0997\u09DC"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("মাস/বছর")]
    [InlineData("৭০")]
    public void Normalize_NotAMethod_Null(string? raw)
    {
        Assert.Null(CalculationNormalizer.Normalize(raw));
    }
}
