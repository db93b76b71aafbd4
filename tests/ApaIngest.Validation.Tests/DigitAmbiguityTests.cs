namespace ApaIngest.Validation.Tests;

public class DigitAmbiguityTests
{
    [Theory]
    [InlineData("44", new[] { "48", "84" })]
    [InlineData("09", new[] { "01", "39", "90" })]
    [InlineData("27", new[] { "72" })]
    [InlineData("56", new[] { "55", "65", "66" })]
    [InlineData("7", new string[0])]
    public void Alternatives_LookAlikePairsAndReversal(string digits, string[] expected)
    {
        Assert.Equal(expected, DigitAmbiguity.Alternatives(digits).Order(StringComparer.Ordinal).ToArray());
    }
}
