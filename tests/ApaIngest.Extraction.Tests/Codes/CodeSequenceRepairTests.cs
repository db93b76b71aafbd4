using ApaIngest.Extraction.Codes;

namespace ApaIngest.Extraction.Tests.Codes;

/// <summary>The misreads are the ones the corpus scans gave (pred vs gold, docs/accuracy.md): ১→5/9, ৪→8, ৩→0.</summary>
public sealed class CodeSequenceRepairTests
{
    private static IReadOnlyList<string> Repair(params string[] codes) => CodeSequenceRepair.Repair(codes, codes.Select(_ => true).ToList());

    [Fact]
    public void Repair_LookAlikeDigitsBetweenNeighbours_RestoresTheCodeInSequence()
    {
        Assert.Equal(["1.3.1", "1.4.1", "2.1.1"], Repair("1.3.1", "5.8.5", "2.1.1"));
    }

    [Fact]
    public void Repair_TwoMisreadRowsInARow_RestoresBoth()
    {
        Assert.Equal(["1.1.1", "1.2.1", "1.3.1", "1.4.1", "1.5.1"], Repair("1.1.1", "1.2.1", "9.0.9", "9.8.9", "1.5.1"));
    }

    [Fact]
    public void Repair_MisreadAtTheStart_RestoresFromWhatFollows()
    {
        Assert.Equal(["1.1.1", "1.1.2", "1.2.1"], Repair("5.1.5", "1.1.2", "1.2.1"));
    }

    [Fact]
    public void Repair_SequenceWithAGapAndNoLookAlike_KeepsTheCodesAsRead()
    {
        string[] codes = ["1.1.1", "1.3.1", "1.3.2", "2.1.1", "2.6.1", "3.1.1"];

        Assert.Equal(codes, Repair(codes));
    }

    [Fact]
    public void Repair_TextLayerCodes_AreNeverChanged()
    {
        string[] codes = ["1.3.1", "5.8.5", "2.1.1"];

        Assert.Equal(codes, CodeSequenceRepair.Repair(codes, [false, false, false]));
    }

    [Fact]
    public void Repair_UnparsedCodes_PassThroughWithoutBreakingTheChain()
    {
        Assert.Equal(["1.1.1", "?.1", "1.2.1", "1.3.1"], Repair("1.1.1", "?.1", "1.2.1", "1.0.1"));
    }

    [Fact]
    public void Repair_LastRowJumpingAreas_RestoresTheNextActivity()
    {
        Assert.Equal(["4.1.1", "4.2.1"], Repair("4.1.1", "8.2.9"));
    }
}
