using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Spelling;

/// <summary>Postpositions and word-forming endings written joined to a word (APA text is full of them).</summary>
public sealed class SuffixTests
{
    private static string N(string s) => BanglaText.Normalize(s);

    [Theory]
    [InlineData("নিরাপত্তাসহ")]   // সহ: with
    [InlineData("প্রকল্পসমূহসহ")]  // a plural ending, then সহ
    [InlineData("নিশ্চিতকল্পে")]   // কল্পে: in order to
    [InlineData("নিষ্পত্তিযোগ্য")]  // যোগ্য: -able
    public void IsKnown_KnownWordWithAJoinedPostposition_IsKnown(string word)
    {
        Assert.True(RepoData.Repairer.Corrector.Generator.IsKnown(N(word)));
    }

    [Theory]
    [InlineData("নিরাপন্তাসহ", "নিরাপত্তাসহ")]     // the stem garbled, the postposition intact
    [InlineData("প্রকল্পসমুহসহ", "প্রকল্পসমূহসহ")]
    [InlineData("নিম্পত্তিযোগ্য", "নিষ্পত্তিযোগ্য")]
    public void CandidatesFor_GarbledStemWithAPostposition_ProposesTheStemWithThePostposition(string garbled, string word)
    {
        var candidates = RepoData.Repairer.Corrector.CandidatesFor(N(garbled));
        Assert.Contains(candidates, c => c.Word == N(word));
    }

    [Fact]
    public void Correct_KnownWordWithAPostposition_IsLeftAlone()
    {
        // before, নিশ্চিতকল্পে was unknown and became নিশ্চিতকরণ
        var fix = RepoData.Repairer.Corrector.Correct(N("নিশ্চিতকল্পে"), TokenContext.None);
        Assert.False(fix.Changed);
    }
}
