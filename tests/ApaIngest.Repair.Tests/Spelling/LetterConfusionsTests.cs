using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Spelling;

public sealed class LetterConfusionsTests
{
    private static (string, string)[] Pairs(string ocr, string truth, int times) => [.. Enumerable.Repeat((ocr, truth), times)];

    [Fact]
    public void Learn_SubstitutionSeenThreeTimes_IsPricedBelowAFullEdit()
    {
        // ছ read as চ in three different clusters: one letter confusion, though no cluster pair is seen three times
        var letters = LetterConfusions.Learn([("লামচর", "লামছর"), ("চাদ", "ছাদ"), ("চবি", "ছবি"), ("ছবি", "ছবি")]);

        var cost = letters.Cost('চ', 'ছ');
        Assert.InRange(cost, OcrConfusion.MinCharEdit, 0.99);
        Assert.Equal(cost, letters.Cost('ছ', 'চ'));
    }

    [Fact]
    public void Learn_SubstitutionSeenTwice_IsNotLearned()
    {
        var letters = LetterConfusions.Learn([("লামচর", "লামছর"), ("চাদ", "ছাদ")]);

        Assert.True(double.IsNaN(letters.Cost('চ', 'ছ')));
        Assert.Equal(0, letters.Count);
    }

    [Fact]
    public void Learn_DroppedSign_IsAnInsertDeleteCost()
    {
        var letters = LetterConfusions.Learn(Pairs("বাশ", "বাঁশ", 4));

        Assert.InRange(letters.InsertDelete('\u0981'), OcrConfusion.MinCharEdit, 1.0);
    }

    [Fact]
    public void Learn_WordsFarApart_TeachNothing()
    {
        // a misaligned pair (four edits) would teach noise
        var letters = LetterConfusions.Learn(Pairs("কখগঘ", "চছজঝ", 5));

        Assert.Equal(0, letters.Count);
    }

    [Fact]
    public void Learn_CommonConfusion_CostsLessThanRareOne()
    {
        var words = new List<(string, string)>();
        words.AddRange(Pairs("ধানা", "থানা", 6));   // থ read as ধ six times in ten
        words.AddRange(Pairs("থানা", "থানা", 4));
        words.AddRange(Pairs("চবি", "ছবি", 3));     // ছ read as চ three times in thirty
        words.AddRange(Pairs("ছবি", "ছবি", 27));

        var letters = LetterConfusions.Learn(words);

        Assert.True(letters.Cost('ধ', 'থ') < letters.Cost('চ', 'ছ'));
    }

    [Fact]
    public void WriteRead_RoundTrip_KeepsEveryCost()
    {
        var letters = LetterConfusions.Learn([.. Pairs("ধানা", "থানা", 3), .. Pairs("বাশ", "বাঁশ", 3)]);
        var path = Path.Combine(Path.GetTempPath(), $"letters-{Guid.NewGuid():N}.tsv");
        try
        {
            letters.Write(path);
            var read = LetterConfusions.Read(path);

            Assert.Equal(letters.Count, read.Count);
            Assert.Equal(letters.Cost('ধ', 'থ'), read.Cost('ধ', 'থ'), 3);
            Assert.Equal(letters.InsertDelete('\u0981'), read.InsertDelete('\u0981'), 3);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Substitute_RepositoryLetterTable_IsInForceAfterLoad()
    {
        _ = RepoData.Repairer; // loading the repairer puts models/repair/letter-confusions.tsv in force
        var letters = LetterConfusions.Read(Path.Combine(RepoData.Root, RepoPaths.LearnedLetterConfusions));
        var (a, b, cost) = letters.Pairs.First(p => p.Ocr != LetterConfusions.Nothing && p.Truth != LetterConfusions.Nothing);

        Assert.True(OcrConfusion.Substitute(a, b) <= cost + 1e-9);
        Assert.True(OcrConfusion.Substitute(b, a) <= cost + 1e-9);
    }
}
