using ApaIngest.Data.Loading;

namespace ApaIngest.Data.Tests.Loading;

public sealed class PipelineVersionsTests
{
    [Theory]
    [InlineData("0.10.0", "0.9.0", 1)]
    [InlineData("1.2", "1.2", 0)]
    [InlineData("1.2.0", "1.10.0", -1)]
    [InlineData("v2", "1.9", 1)]
    public void Compare_DottedNumbers_OrderNumerically(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(PipelineVersions.Compare(a, b)));
}
