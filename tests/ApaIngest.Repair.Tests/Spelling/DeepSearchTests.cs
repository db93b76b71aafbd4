using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Spelling;

/// <summary>The second, three-deletion search of <see cref="CandidateGenerator"/> on the real lexicon.</summary>
public sealed class DeepSearchTests
{
    private static CandidateGenerator Generator => RepoData.RuleRepairer.Corrector.Generator;

    /// <summary>Real OCR readings of rendered training pages whose true word is three cluster edits away.</summary>
    [Theory]
    [InlineData("কমপবিকমনা", "কর্মপরিকল্পনা")]
    [InlineData("সংস্কাবমূন্ক", "সংস্কারমূলক")]
    [InlineData("বান্তরাহিত", "বাস্তবায়িত")]
    public void Generate_ThreeClusterErrorsInLongWord_TrueWordAmongCandidates(string ocr, string truth)
    {
        var word = BanglaText.Normalize(ocr);
        var expected = BanglaText.Normalize(truth);
        Assert.DoesNotContain(expected, Generator.Index.Lookup(BanglaClusters.Split(word)).Select(Generator.Index.Word));
        Assert.Contains(expected, Generator.Generate(word).Select(c => c.Word));
    }

    [Fact]
    public void Generate_ThreeClusterWord_UsesTheNearKeysOnly()
    {
        // শু ক্কা পা: below DeepMinClusters, so nothing only a third deletion reaches is scored (though there is some)
        var word = BanglaText.Normalize("শুক্কাপা");
        var clusters = BanglaClusters.Split(word);
        Assert.Equal(3, clusters.Length);
        var near = Generator.Index.Lookup(clusters).Select(Generator.Index.Word).ToHashSet(StringComparer.Ordinal);
        var deep = new List<int>();
        Generator.Index.LookupDeep(clusters, deep);
        Assert.NotEmpty(deep);
        Assert.All(Generator.Generate(word), c => Assert.Contains(c.Word, near));
    }
}
