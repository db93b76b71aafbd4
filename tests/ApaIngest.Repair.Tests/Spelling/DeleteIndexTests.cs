using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Spelling;

public sealed class DeleteIndexTests
{
    private static readonly string[] Words = [.. new[] { "শুদ্ধাচার", "মামলা", "থানা", "কর্মসম্পাদন", "বাস্তবায়ন" }.Select(BanglaText.Normalize)];

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
}
