using ApaIngest.Core.Normalization;

namespace ApaIngest.Core.Tests.Normalization;

public class UnitNormalizerTests
{
    [Theory]
    [InlineData("সংখ্যা", "count", 1)]
    [InlineData(" সংখ্যা ", "count", 1)]
    [InlineData("সংখা", "count", 1)]
    [InlineData("কার্যক্রমের সংখ্যা", "count", 1)]
    [InlineData("%", "percent", 1)]
    [InlineData("শতাংশ", "percent", 1)]
    [InlineData("তারিখ", "date", 1)]
    [InlineData("জন", "persons", 1)]
    [InlineData("জন (লক্ষ)", "persons", 100000)]
    [InlineData("জন(লক্ষ)", "persons", 100000)]
    [InlineData("লক্ষ জন", "persons", 100000)]
    [InlineData("প্রাপ্ত নম্বর", "score", 1)]
    [InlineData("প্রাপ্ত  নম্বর", "score", 1)]
    [InlineData("নম্বর", "score", 1)]
    [InlineData("টাকা", "taka", 1)]
    [InlineData("কোটি টাকা", "taka", 10000000)]
    [InlineData("লক্ষ টাকা", "taka", 100000)]
    [InlineData("সংখ্যা ও তারিখ", "other", 1)]
    [InlineData("দিন", "other", 1)]
    [InlineData("", "other", 1)]
    [InlineData(null, "other", 1)]
    public void Normalize_SeedAndPrimerUnits_MapToClosedSet(string? raw, string unit, double scale)
    {
        var result = UnitNormalizer.Normalize(raw);
        Assert.Equal(unit, result.Unit);
        Assert.Equal(scale, result.Scale);
    }

    [Fact]
    public void Normalize_ZeroWidthJoinerInside_StillCount()
    {
        Assert.Equal("count", UnitNormalizer.Normalize("সংখ্\u200Dযা").Unit);
    }

    [Fact]
    public void Normalize_DecomposedNfdText_SameAsComposed()
    {
        // প্রাপ্ত নম্বর written with a decomposed sequence must not matter after NFC.
        Assert.Equal("score", UnitNormalizer.Normalize("প্রাপ্ত নম্বর".Normalize(System.Text.NormalizationForm.FormD)).Unit);
    }

    [Theory]
    [InlineData("প্রাপ্ত নধর")]
    [InlineData("প্রাপ্ত TIT")]
    [InlineData("প্রাপ্ত aaa")]
    [InlineData("প্রাপ্ত বড়")]
    public void Normalize_MarksObtainedWithOcrGarbledSecondWord_IsScore(string raw)
    {
        Assert.Equal("score", UnitNormalizer.Normalize(raw).Unit);
    }

    [Fact]
    public void Normalize_LongTextOpeningWithObtained_IsNotAUnit()
    {
        Assert.Equal("other", UnitNormalizer.Normalize("প্রাপ্ত সেবার মান").Unit);
    }
}
