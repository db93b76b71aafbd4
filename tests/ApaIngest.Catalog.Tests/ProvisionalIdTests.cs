using ApaIngest.Catalog.Matching;

namespace ApaIngest.Catalog.Tests;

public class ProvisionalIdTests
{
    [Fact]
    public void For_SameText_SameIdEveryTime()
    {
        var a = ProvisionalId.For("বাজার মনিটরিং সংখ্যা", "গ্রামীন বাজার মূল্য স্থিতিশীল রাখতে পদক্ষেপ গ্রহণ, বাজার মনিটরিং বৃদ্ধি");
        var b = ProvisionalId.For("বাজার মনিটরিং সংখ্যা", "গ্রামীন বাজার মূল্য স্থিতিশীল রাখতে পদক্ষেপ গ্রহণ, বাজার মনিটরিং বৃদ্ধি");

        Assert.Equal(a, b);
        Assert.Matches("^prov\\.[0-9a-f]{10}$", a);
    }

    [Theory]
    // Koyra 2.4 in section 3 (গ্রামীন) and annex 2 (গ্রামীণ), with and without the code.
    [InlineData("[২.৪.১] বাজার মনিটরিং সংখ্যা", "[২.৪] গ্রামীন বাজার মূল্য স্থিতিশীল রাখতে পদক্ষেপ গ্রহণ, বাজার মনিটরিং বৃদ্ধি",
        "বাজার মনিটরিং সংখ্যা", "গ্রামীণ বাজার মূল্য স্থিতিশীল রাখতে পদক্ষেপ গ্রহণ, বাজার মনিটরিং বৃদ্ধি")]
    // Koyra 2.2 in section 3 ("প্রকল্পের/ কার্যক্রমের") and annex 2 ("প্রকল্পের কার্যক্রমের").
    [InlineData("পরিদর্শন সংখ্যা", "উন্নয়ন প্রকল্পের/ কার্যক্রমের মান নিশ্চিত করে পরিদর্শন করা",
        "পরিদর্শন সংখ্যা", "উন্নয়ন প্রকল্পের কার্যক্রমের মান নিশ্চিত করে পরিদর্শন করা")]
    // KMP South annex 2 row 1.4 as transcribed, and with the scan's ধানায় for থানায় (rows 3.1-3.6 of the same annex).
    [InlineData("থানায় গৃহিত প্রেক্ষতারি পরোয়ানা আমিলের হার", "থানায় গৃহিত প্রেক্ষতারি পরোয়ানা",
        "ধানায় গৃহিত প্রেক্ষতারি পরোয়ানা আমিলের হার", "ধানায় গৃহিত প্রেক্ষতারি পরোয়ানা")]
    public void For_WordingsOfOneIndicatorInTwoPlaces_Cluster(string name1, string activity1, string name2, string activity2)
    {
        Assert.Equal(ProvisionalId.For(name1, activity1), ProvisionalId.For(name2, activity2));
    }

    [Fact]
    public void For_GenericNameUnderDifferentActivities_DoesNotCluster()
    {
        // Koyra 1.4.1 and 2.7.1: both "সিদ্ধান্ত বাস্তবায়িত", different meetings.
        var revenue = ProvisionalId.For("সিদ্ধান্ত বাস্তবায়িত", "উপজেলা রাজস্ব সভার সিদ্ধান্ত বাস্তবায়ন");
        var sdg = ProvisionalId.For("সিদ্ধান্ত বাস্তবায়িত", "এস ডি জি বিষয়ক উপজেলা কমিটির সভার সিদ্ধান্ত বাস্তবায়ন");

        Assert.NotEqual(revenue, sdg);
    }

    [Fact]
    public void Match_UnmatchedIndicatorsOfTwoDocuments_GetTheSameProvisionalId()
    {
        var one = new CanonicalMatcher(TestCatalogs.Builtin());
        var other = new CanonicalMatcher(TestCatalogs.Builtin());

        var a = one.Match(new MatchQuery("[২.৪.১] বাজার মনিটরিং সংখ্যা", "[২.৪] গ্রামীন বাজার মূল্য স্থিতিশীল রাখতে পদক্ষেপ গ্রহণ, বাজার মনিটরিং বৃদ্ধি"));
        var b = other.Match(new MatchQuery("বাজার মনিটরিং সংখ্যা", "গ্রামীণ বাজার মূল্য স্থিতিশীল রাখতে পদক্ষেপ গ্রহণ, বাজার মনিটরিং বৃদ্ধি"));

        Assert.True(a.IsProvisional);
        Assert.Equal(a.Id, b.Id);
    }
}
