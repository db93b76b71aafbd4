using ApaIngest.Repair.Ml;

namespace ApaIngest.Repair.Tests.Ml;

public sealed class TokenAlignerTests
{
    [Fact]
    public void Align_OcrWithSubstitutionDeletionAndInsertion_PairsTheRightTokens()
    {
        string[] truth = ["থানায়", "মামলা", "(CDMS)", "এন্ট্রি", "১০০%"];
        string[] ocr = ["ধানায়", "মাথলা", "এন্ট্রি", "~", "১০০%"];
        var a = TokenAligner.Align(ocr, truth);
        Assert.Equal([0, 1, 3, -1, 4], a);
    }

    [Fact]
    public void Distance_UnrelatedTokens_IsAboveThePairLimit()
    {
        Assert.True(TokenAligner.Distance("মামলা", "১০০%") > TokenAligner.MaxPairDistance);
    }
}
