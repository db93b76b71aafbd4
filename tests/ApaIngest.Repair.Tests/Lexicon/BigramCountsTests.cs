using ApaIngest.Core.Text;
using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Ml;

namespace ApaIngest.Repair.Tests.Lexicon;

public sealed class BigramCountsTests
{
    private static string N(string s) => BanglaText.Normalize(s);

    private static BigramCounts Sample() => new(
    [
        new((N("সেবা"), N("প্রদান")), 3),
        new((N("সেবা"), N("সহজীকরণ")), 1),
        new((N("কমিউনিটি"), N("ক্লিনিক")), 2),
    ]);

    [Fact]
    public void Followers_WordWithSeveralFollowers_MostFrequentFirst()
    {
        var counts = Sample();
        Assert.Equal([N("প্রদান"), N("সহজীকরণ")], counts.Followers(N("সেবা")));
        Assert.Equal([N("কমিউনিটি")], counts.Predecessors(N("ক্লিনিক")));
        Assert.Empty(counts.Followers(N("ক্লিনিক")));
    }

    [Fact]
    public void Without_TextHoldingSomePairs_SubtractsThoseAndKeepsTheRest()
    {
        var counts = Sample().Without(["সেবা প্রদান\tকমিউনিটি ক্লিনিক, সেবা সহজীকরণ", "অন্য কথা"]);
        Assert.Equal(2, counts.Of(N("সেবা"), N("প্রদান")));
        Assert.Equal(1, counts.Of(N("কমিউনিটি"), N("ক্লিনিক")));
        Assert.Equal(0, counts.Of(N("সেবা"), N("সহজীকরণ")));
        Assert.DoesNotContain(N("সহজীকরণ"), counts.Followers(N("সেবা")));
        Assert.Equal(3, Sample().Of(N("সেবা"), N("প্রদান")));
    }

    [Fact]
    public void Without_PairSplitByATab_IsNotAPair()
    {
        var counts = Sample().Without(["সেবা\tপ্রদান"]);
        Assert.Equal(3, counts.Of(N("সেবা"), N("প্রদান")));
    }

    [Fact]
    public void UnseenSourceBigrams_PageOfASeed_HasNoneOfThatSeedsOwnPairs()
    {
        var dir = Directory.CreateTempSubdirectory("apa-unseen-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "office-a.txt"), "কমিউনিটি ক্লিনিক\nকমিউনিটি ক্লিনিক\n");
            var unseen = new UnseenSourceBigrams(Sample(), dir.FullName);
            Assert.Equal(0, unseen.For("office-a/3#1@scan").Of(N("কমিউনিটি"), N("ক্লিনিক")));
            Assert.Equal(2, unseen.For("synthetic/3#1").Of(N("কমিউনিটি"), N("ক্লিনিক")));
            Assert.Equal(2, unseen.ForDocument("office-b").Of(N("কমিউনিটি"), N("ক্লিনিক")));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
