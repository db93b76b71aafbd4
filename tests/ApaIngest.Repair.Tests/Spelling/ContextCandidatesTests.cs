using ApaIngest.Core.Text;
using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Spelling;

/// <summary>Candidates the neighbours propose (domain bigrams), on the repository's lexicon with chosen bigram counts.</summary>
public sealed class ContextCandidatesTests
{
    private static string N(string s) => BanglaText.Normalize(s);

    private static WordCorrector With(params (string Left, string Right)[] pairs) =>
        RepoData.Repairer.Corrector.WithBigrams(new BigramCounts(pairs.Select(p => new KeyValuePair<(string, string), int>((N(p.Left), N(p.Right)), 5))));

    [Fact]
    public void CandidatesFor_DamageTheNearSearchMissesBeforeAKnownNeighbour_ProposesThePredecessor()
    {
        // খানো for খাদ্যে (seed koyra, "খানো ভোজান" where another row has "খাদ্যে ভেজাল"): not among the near candidates
        var corrector = With(("খাদ্যে", "ভেজাল"));
        var near = corrector.CandidatesFor(N("খানো"));
        var withContext = corrector.CandidatesFor(N("খানো"), new TokenContext(string.Empty, N("ভেজাল"), 1, 0));
        Assert.DoesNotContain(near, c => c.Word == N("খাদ্যে"));
        Assert.Contains(withContext, c => c.Word == N("খাদ্যে") && c.FromContext);
        Assert.Equal(withContext.OrderBy(c => c.Cost).Select(c => c.Cost), withContext.Select(c => c.Cost));
    }

    [Fact]
    public void CandidatesFor_GarbledNeighbour_StandsInWithItsCheapestCandidate()
    {
        // the left neighbour মাথলা is itself garbled; its cheapest candidate মামলা is what the context is judged by
        var corrector = With(("মামলা", "খাদ্যে"));
        var garbledNeighbour = corrector.CandidatesFor(N("খানো"), new TokenContext(N("মাথলা"), string.Empty, 1, 0));
        var unrelatedNeighbour = corrector.CandidatesFor(N("খানো"), new TokenContext(N("সভা"), string.Empty, 1, 0));
        Assert.Contains(garbledNeighbour, c => c.Word == N("খাদ্যে") && c.FromContext);
        Assert.DoesNotContain(unrelatedNeighbour, c => c.FromContext);
    }

    [Fact]
    public void CandidatesFor_RealWordErrorTheNeighboursDoNotVouchFor_ProposesTheWordTheyExpect()
    {
        // তথা for তথ্য before অধিকার: তথা is a word, but "তথা অধিকার" is not a pair and "তথ্য অধিকার" is
        var corrector = With(("তথ্য", "অধিকার"));
        var candidates = corrector.CandidatesFor(N("তথা"), new TokenContext(string.Empty, N("অধিকার"), 1, 0));
        Assert.Contains(candidates, c => c.Word == N("তথ্য") && c.FromContext);
    }

    [Fact]
    public void CandidatesFor_KnownWordOfATextLayer_IsNotSecondGuessed()
    {
        // a text layer's word is what the PDF says: only recognised words are questioned as real-word errors
        var corrector = With(("তথ্য", "অধিকার"), ("খাদ্যে", "ভেজাল"));
        var context = new TokenContext(string.Empty, N("অধিকার"), 1, 0) { QuestionKnownWords = false };
        Assert.DoesNotContain(corrector.CandidatesFor(N("তথা"), context), c => c.FromContext);

        // an unknown word of a text layer (a broken font mapping) still gets the context's words
        Assert.Contains(corrector.CandidatesFor(N("খানো"), context with { Right = N("ভেজাল") }), c => c.Word == N("খাদ্যে") && c.FromContext);
    }

    [Fact]
    public void CandidatesFor_FunctionWord_IsNeverQuestionedByContext()
    {
        // এর stands beside almost anything: a sparse bigram table must not turn it into এবং (a real scan's নওগা-এর once became নওগা-এবং)
        var corrector = With(("কার্যালয়", "এবং"));
        Assert.DoesNotContain(corrector.CandidatesFor(N("এর"), new TokenContext(N("কার্যালয়"), string.Empty, 0.8, 0)), c => c.FromContext);
    }

    [Fact]
    public void RepairToken_PiecesOfAHyphenatedToken_AreJudgedBesideEachOther()
    {
        // in নওগা-এর the piece এর follows নওগা, not the word before the token
        var repairer = new LexiconWordRepairer(With(("কার্যালয়", "এবং"), ("নওগাঁ", "এর")));
        var (text, _, _) = repairer.RepairToken(N("নওগা-এর"), new TokenContext(N("কার্যালয়"), N("মধ্যে"), 0.8, 0));
        Assert.EndsWith("-" + N("এর"), text);
    }

    [Fact]
    public void CandidatesFor_KnownWordItsNeighboursVouchFor_ProposesNothingFromContext()
    {
        var corrector = With(("তথা", "অধিকার"), ("তথ্য", "অধিকার"));
        var candidates = corrector.CandidatesFor(N("তথা"), new TokenContext(string.Empty, N("অধিকার"), 1, 0));
        Assert.DoesNotContain(candidates, c => c.FromContext);
    }

    [Fact]
    public void CandidatesFor_KnownWordAndItsOtherSpelling_NeverProposesTheOtherSpelling()
    {
        // সরকারি and সরকারী are both right: the context must not turn one into the other
        var corrector = With(("সরকারী", "দপ্তরে"));
        var candidates = corrector.CandidatesFor(N("সরকারি"), new TokenContext(string.Empty, N("দপ্তরে"), 1, 0));
        Assert.DoesNotContain(candidates, c => c.Word == N("সরকারী"));
    }

    [Fact]
    public void CandidatesFor_KnownWordAndItsOtherInflection_NeverProposesTheOtherInflection()
    {
        // বাতায়নে and বাতায়ন are one word in two cases: a few thousand bigrams cannot choose the case ending
        var corrector = With(("বাতায়ন", "হালনাগাদ"));
        Assert.True(corrector.Generator.IsKnown(N("বাতায়নে")));
        Assert.True(ConfusionDistance.Between(BanglaClusters.Split(N("বাতায়নে")), BanglaClusters.Split(N("বাতায়ন"))) <= ContextCandidates.MaxContextCostKnown);
        var candidates = corrector.CandidatesFor(N("বাতায়নে"), new TokenContext(string.Empty, N("হালনাগাদ"), 1, 0));
        Assert.DoesNotContain(candidates, c => c.Word == N("বাতায়ন"));
    }

    [Theory]
    [InlineData("বাতায়ন", "বাতায়নে", true)]
    [InlineData("প্রকল্পসমূহসহ", "প্রকল্প", true)]
    [InlineData("মামলা", "মামলার", true)]
    [InlineData("থানা", "থানার", true)]
    [InlineData("থানা", "খানা", false)]
    [InlineData("সভা", "সভাপতি", false)]
    public void OtherInflection_WordAndSuffixedForm_AreOneWord(string a, string b, bool same) =>
        Assert.Equal(same, CandidateGenerator.OtherInflection(N(a), N(b)));

    [Fact]
    public void Correct_KnownWordWithAJoinerAfterHasanta_GivesTheLexiconForm()
    {
        var word = N("শাহ্") + "\u200C";
        var fix = RepoData.Repairer.Corrector.Correct(word, TokenContext.None);
        Assert.Equal(N("শাহ্"), fix.Word);
    }

    [Theory]
    [InlineData("সরকারি", "সরকারী", true)]
    [InlineData("সূচি", "সুচি", true)]
    [InlineData("থানা", "খানা", false)]
    [InlineData("সরকারি", "সরকার", false)]
    public void Same_ShortAndLongVowelSigns_AreOneSpelling(string a, string b, bool same) =>
        Assert.Equal(same, SpellingVariants.Same(N(a), N(b)));
}
