using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Spelling;

public sealed class BanglaClustersTests
{
    [Theory]
    [InlineData("শুদ্ধাচার", "শু|দ্ধা|চা|র")]
    [InlineData("স্বাক্ষরকারী", "স্বা|ক্ষ|র|কা|রী")]
    [InlineData("কর্মসম্পাদন", "ক|র্ম|স|ম্পা|দ|ন")]
    [InlineData("উপজেলা", "উ|প|জে|লা")]
    [InlineData("সংখ্যা", "সং|খ্যা")]
    [InlineData("বাংলাদেশ", "বাং|লা|দে|শ")]
    public void Split_Word_KeepsConjunctsAndSignsInOneCluster(string word, string expected)
    {
        Assert.Equal(expected, string.Join('|', BanglaClusters.Split(BanglaText.Normalize(word))));
    }

    [Fact]
    public void Split_FinalHasanta_ClosesTheCluster()
    {
        Assert.Equal(["ক্", "ষ"], BanglaClusters.Split("ক\u09CD" + "\u200C" + "ষ").Select(c => c.Replace("\u200C", string.Empty, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("উ\u09CDনত", "উ|\u09CDন|ত")] // উ্নত for উন্নত: the stray hasanta stays with the conjunct's other letter
    [InlineData("স্বাস\u09CD\u09CDয", "স্বা|স\u09CD\u09CDয")] // স্বাস্্য for স্বাস্থ্য: the conjunct goes on across the gap
    [InlineData("পি\u09CDজুরী", "পি|\u09CDজু|রী")]
    public void Split_ConjunctThatLostALetter_StaysOneCluster(string damaged, string expected)
    {
        Assert.Equal(expected, string.Join('|', BanglaClusters.Split(damaged)));
    }

    [Fact]
    public void Base_ClusterWithVowelSign_DropsTheSign()
    {
        Assert.Equal("দ্ধ", BanglaClusters.Base("দ্ধা"));
    }
}
