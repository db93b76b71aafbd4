using ApaIngest.Core.Text;
using ApaIngest.Repair.Lexicon;

namespace ApaIngest.Repair.Tests.Lexicon;

public sealed class LexiconTests
{
    private static IEnumerable<string> DomainWords() =>
        File.ReadLines(Path.Combine(RepoData.Root, RepoPaths.DomainLexicon)).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]);

    [Fact]
    public void DomainLexicon_EveryWord_IsNormalisedAndWellFormed()
    {
        var words = DomainWords().ToList();
        Assert.True(words.Count > 2000);
        Assert.All(words, w => Assert.Equal(BanglaText.Normalize(w), w));
        Assert.All(words, w => Assert.True(BanglaTokens.IsWellFormed(w), w));
    }

    [Theory]
    [InlineData("ধানা")]
    [InlineData("মাথলা")]
    [InlineData("শূক্কাচার")]
    public void DomainLexicon_MisreadingsNamedInTheSeedsReadme_AreLeftOut(string garbled)
    {
        Assert.DoesNotContain(BanglaText.Normalize(garbled), DomainWords());
    }

    [Theory]
    [InlineData("কর্মসম্পাদন")]
    [InlineData("শুদ্ধাচার")]
    [InlineData("খুলনা")]
    [InlineData("কয়রা")]
    public void DomainLexicon_ApaVocabularyAndPlaces_AreIn(string word)
    {
        Assert.Contains(BanglaText.Normalize(word), DomainWords());
    }

    [Theory]
    [InlineData("abc", false)]
    [InlineData("ক", false)] // one cluster
    [InlineData("ািক", false)] // starts with a sign
    [InlineData("মামলা", true)]
    public void GeneralWordListAccept_Token_FiltersJunk(string word, bool accepted)
    {
        Assert.Equal(accepted, GeneralWordList.Accept(BanglaText.Normalize(word)));
    }

    [Fact]
    public void Load_RepositoryLexicons_NormalisesTheDecomposedYaOfTheWordList()
    {
        var lexicon = WordLexicon.Load(RepoData.Root, includeHunspell: false);
        Assert.True(lexicon.Contains("\u09B8\u09AE\u09AC\u09BE\u09DF")); // সমবায় with the composed য় (the list writes য + nukta)
        Assert.False(lexicon.Contains("\u09B8\u09AE\u09AC\u09BE\u09AF\u09BC"));
    }
}
