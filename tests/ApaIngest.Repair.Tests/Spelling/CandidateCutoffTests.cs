using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Spelling;

public sealed class CandidateCutoffTests
{
    [Fact]
    public void Limit_FewerThanKDistinctWords_IsTheCeiling()
    {
        var cutoff = new CandidateCutoff(3, 2.0);
        cutoff.Offer("ক", 0.5);
        cutoff.Offer("খ", 0.7);
        cutoff.Offer("ক", 0.3); // the same word again: still two words
        Assert.Equal(2.0, cutoff.Limit);
    }

    [Fact]
    public void Limit_KDistinctWords_IsTheLargestOfTheirBestCosts()
    {
        var cutoff = new CandidateCutoff(3, 2.0);
        cutoff.Offer("ক", 0.5);
        cutoff.Offer("খ", 1.5);
        cutoff.Offer("গ", 0.9);
        Assert.Equal(1.5, cutoff.Limit);
        cutoff.Offer("খ", 0.4); // a cheaper way to the same word
        Assert.Equal(0.9, cutoff.Limit);
        cutoff.Offer("ঘ", 0.6); // displaces the dearest
        Assert.Equal(0.6, cutoff.Limit);
        cutoff.Offer("ঙ", 1.0); // dearer than all kept: no change
        Assert.Equal(0.6, cutoff.Limit);
    }
}
