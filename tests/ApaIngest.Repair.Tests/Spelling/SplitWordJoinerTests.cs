using ApaIngest.Core.Pages;
using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Spelling;

public sealed class SplitWordJoinerTests
{
    private static string N(string s) => BanglaText.Normalize(s);

    private static SplitWordJoiner Joiner => RepoData.Repairer.Joiner;

    [Theory]
    [InlineData("প্রতি", "ষ্ঠান", "প্রতিষ্ঠান")]
    [InlineData("(প্রতি", "ষ্ঠান),", "(প্রতিষ্ঠান),")]
    [InlineData("সংস্কৃ", "তি,", "সংস্কৃতি,")] // a legacy text layer's break: the last cluster on its own
    [InlineData("সং", "স্কৃতি", "সংস্কৃতি")]
    [InlineData("আলোচ", "না", "আলোচনা")] // না is a word, but আলোচ is none: one word broken
    public void Join_WordBrokenInTwo_GivesTheWord(string left, string right, string expected) =>
        Assert.Equal(N(expected), Joiner.Join(left, right));

    [Theory]
    [InlineData("সেবা", "প্রদান")] // two words: the space is the writer's
    [InlineData("প্রতি,", "ষ্ঠান")] // punctuation between the pieces
    [InlineData("প্রতি", "১২")] // not Bangla letters
    [InlineData("থানা", "মামলা")] // the two written together are no word
    [InlineData("তথ্য", "ও")] // a one-cluster word after a word: তথ্যও would be a lexicon word, the space is the writer's
    public void Join_NotOneWord_GivesNull(string left, string right) => Assert.Null(Joiner.Join(left, right));

    private static Word At(string text, double x0, double x1) => new(text, new Box(x0, 100, x1, 110)) { Confidence = 0.8, Origin = WordOrigin.Ocr };

    [Fact]
    public void RepairWords_WordWrappedToTheNextLineOfACell_IsNotCompletedTwice()
    {
        // a legacy text layer's table cell: "শিক্ষা, সংস্কৃ" on one line, "তি, আইসিটি" on the next; correcting সংস্কৃ alone
        // to সংস্কৃতি would write তি twice
        var words = new[]
        {
            new Word("শিক্ষা,", new Box(10, 100, 40, 110)) { Origin = WordOrigin.TextLayer },
            new Word(N("সংস্কৃ"), new Box(45, 100, 75, 110)) { Origin = WordOrigin.TextLayer },
            new Word("তি,", new Box(10, 114, 20, 124)) { Origin = WordOrigin.TextLayer },
            new Word("আইসিটি", new Box(25, 114, 60, 124)) { Origin = WordOrigin.TextLayer },
        };
        Assert.Contains(RepoData.Repairer.Corrector.CandidatesFor(N("সংস্কৃ")), c => c.Word == N("সংস্কৃতি"));

        var repaired = RepoData.Repairer.RepairWords(words);

        Assert.Equal(N("সংস্কৃ"), repaired.Words[1].Text);
        Assert.Equal("তি,", repaired.Words[2].Text);
    }

    [Fact]
    public void RepairWords_TwoCloseHalvesOfAWord_JoinsThemKeepingRawTextAndTheSourceMap()
    {
        var words = new[] { At("সেবা", 10, 40), At("প্রতি", 50, 80), At("ষ্ঠান", 83, 110), At("নিশ্চিত", 120, 160) };
        var repaired = RepoData.Repairer.RepairWords(words);
        Assert.True(repaired.Changed);
        Assert.Equal(3, repaired.Words.Count);
        Assert.Equal(N("প্রতিষ্ঠান"), repaired.Words[1].Text);
        Assert.Equal("প্রতি ষ্ঠান", repaired.Words[1].RawText);
        Assert.Equal(new Box(50, 100, 110, 110), repaired.Words[1].Box);
        Assert.Equal([0, 1, 1, 2], Enumerable.Range(0, 4).Select(repaired.ResultOf));
    }

    [Fact]
    public void RepairWords_HalvesFarApart_StaySeparate()
    {
        var words = new[] { At("প্রতি", 50, 80), At("ষ্ঠান", 200, 230) };
        var repaired = RepoData.Repairer.RepairWords(words);
        Assert.Equal(2, repaired.Words.Count);
    }

    [Fact]
    public void RepairLine_WordBrokenBySpace_JoinsItAndKeepsTabs()
    {
        Assert.Equal(N("সেবা প্রতিষ্ঠান\tপ্রতি"), RepoData.Repairer.RepairLine(N("সেবা প্রতি ষ্ঠান\tপ্রতি")));
    }
}
