using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Spelling;

public sealed class DeleteIndexTests
{
    private static readonly string[] Words = [.. new[] { "শুদ্ধাচার", "মামলা", "থানা", "কর্মসম্পাদন", "বাস্তবায়ন", "কর্মপরিকল্পনা" }.Select(BanglaText.Normalize)];

    [Theory]
    [InlineData("শূক্কাচার", "শুদ্ধাচার")] // two substituted clusters
    [InlineData("বাবায়ন", "বাস্তবায়ন")] // a lost conjunct cluster
    [InlineData("কর্মসম্পাদনন", "কর্মসম্পাদন")] // an extra cluster
    public void Lookup_WordWithinTwoClusterEdits_FindsIt(string query, string expected)
    {
        var index = new DeleteIndex(Words);
        var found = index.Lookup(BanglaClusters.Split(BanglaText.Normalize(query))).Select(index.Word);
        Assert.Contains(BanglaText.Normalize(expected), found);
    }

    [Fact]
    public void Lookup_UnrelatedWord_FindsNothing()
    {
        var index = new DeleteIndex(Words);
        Assert.Empty(index.Lookup(BanglaClusters.Split(BanglaText.Normalize("প্রতিবেদন"))));
    }

    [Fact]
    public void LookupDeep_ThreeClusterErrorsInLongWord_FindsWhatTheNearLookupMisses()
    {
        // real OCR reading of a rendered page (ক ম প বি ক ম না for ক র্ম প রি ক ল্প না: three clusters differ)
        var index = new DeleteIndex(Words);
        var query = BanglaClusters.Split(BanglaText.Normalize("কমপবিকমনা"));
        var expected = BanglaText.Normalize("কর্মপরিকল্পনা");
        var deep = new List<int>();
        index.LookupDeep(query, deep);
        Assert.DoesNotContain(expected, index.Lookup(query).Select(index.Word));
        Assert.Contains(expected, deep.Select(index.Word));
    }

    [Fact]
    public void LookupDeep_ThreeClusterErrorsInFourClusterWord_FindsNothing()
    {
        // শু দ্ধা চা র → শু ক্কা পা ক: short words keep two deletions (a third would match almost any word)
        var index = new DeleteIndex(Words);
        var query = BanglaClusters.Split(BanglaText.Normalize("শুক্কাপাক"));
        var deep = new List<int>();
        index.LookupDeep(query, deep);
        Assert.Empty(index.Lookup(query));
        Assert.Empty(deep);
    }

    [Fact]
    public void LookupDeep_WordTheNearLookupFinds_IsNotReturnedAgain()
    {
        var index = new DeleteIndex(Words);
        var query = BanglaClusters.Split(BanglaText.Normalize("কর্মপরিকল্পন"));
        var deep = new List<int>();
        index.LookupDeep(query, deep);
        Assert.Contains(BanglaText.Normalize("কর্মপরিকল্পনা"), index.Lookup(query).Select(index.Word));
        Assert.Empty(deep.Intersect(index.Lookup(query)));
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(4, 2)]
    [InlineData(9, 2)]
    public void DeletesFor_AnyLength_NearKeysKeepAtMostTwoDeletions(int length, int expected) =>
        Assert.Equal(expected, DeleteIndex.DeletesFor(length));

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(14, true)]
    [InlineData(15, false)]
    public void IsDeep_ByLength_OnlyWordsOfFiveToFourteenClusters(int length, bool expected) =>
        Assert.Equal(expected, DeleteIndex.IsDeep(length));
}
