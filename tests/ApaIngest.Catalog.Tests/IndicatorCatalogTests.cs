using ApaIngest.Catalog.Matching;
using ApaIngest.Catalog.Model;
using ApaIngest.Core.Documents;

namespace ApaIngest.Catalog.Tests;

public class IndicatorCatalogTests
{
    private static IndicatorCatalog TwoMeetingIndicators() => new(
    [
        TestCatalogs.Office("uno.monthly-meeting-decisions", "উপজেলা মাসিক সভার সিদ্ধান্ত বাস্তবায়িত", "উপজেলা মাসিক সভার সিদ্ধান্ত বাস্তবায়ন", Units.Percent),
        TestCatalogs.Office("common.monthly-meeting-decisions", "মাসিক সমন্বয় সভার সিদ্ধান্ত বাস্তবায়িত", "জেলা উন্নয়ন সমন্বয় কমিটির সভার সিদ্ধান্ত বাস্তবায়ন", Units.Percent),
        TestCatalogs.Office("land.eviction-proposals", "উচ্ছেদ প্রস্তাব প্রেরণের সংখ্যা", "খাসজমি উদ্ধারকল্পে উচ্ছেদ প্রস্তাব প্রেরণ", Units.Count),
    ]);

    [Fact]
    public void Merge_FromIntoInto_FromRecordsWhereItWentWithDateAndReason()
    {
        var merged = TwoMeetingIndicators().Merge("uno.monthly-meeting-decisions", "common.monthly-meeting-decisions", "2026-12-03", "same indicator, upazila wording");

        var from = merged.Find("uno.monthly-meeting-decisions")!;
        var into = merged.Find("common.monthly-meeting-decisions")!;
        Assert.Equal(EntryStatus.Merged, from.Status);
        Assert.Equal("common.monthly-meeting-decisions", from.MergedInto);
        Assert.Equal(new CatalogEvent("2026-12-03", CatalogActions.Merged, "uno.monthly-meeting-decisions", "common.monthly-meeting-decisions", "same indicator, upazila wording"), from.History.Single());
        Assert.Equal(CatalogActions.MergedFrom, into.History.Single().Action);
        Assert.Contains("উপজেলা মাসিক সভার সিদ্ধান্ত বাস্তবায়িত", into.Variants);
        Assert.Contains("উপজেলা মাসিক সভার সিদ্ধান্ত বাস্তবায়ন", into.ActivityVariants);
    }

    [Fact]
    public void Match_AfterMerge_GivesTheSurvivingId()
    {
        var query = new MatchQuery("উপজেলা মাসিক সভার সিদ্ধান্ত বাস্তবায়িত", "উপজেলা মাসিক সভার সিদ্ধান্ত বাস্তবায়ন", Units.Percent);
        var catalog = TwoMeetingIndicators();
        Assert.Equal("uno.monthly-meeting-decisions", new CanonicalMatcher(catalog).Match(query).Id);

        var merged = catalog.Merge("uno.monthly-meeting-decisions", "common.monthly-meeting-decisions", "2026-12-03", null);

        Assert.Equal("common.monthly-meeting-decisions", new CanonicalMatcher(merged).Match(query).Id);
    }

    [Fact]
    public void ResolveMerges_ChainOfMerges_MapsEveryOldIdToTheLastOne()
    {
        var catalog = TwoMeetingIndicators()
            .Merge("uno.monthly-meeting-decisions", "common.monthly-meeting-decisions", "2026-12-01", null)
            .Merge("common.monthly-meeting-decisions", "land.eviction-proposals", "2026-12-02", "test chain");

        var map = catalog.ResolveMerges();

        Assert.Equal(2, map.Count);
        Assert.Equal("land.eviction-proposals", map["uno.monthly-meeting-decisions"]);
        Assert.Equal("land.eviction-proposals", map["common.monthly-meeting-decisions"]);
        Assert.Equal("land.eviction-proposals", catalog.Resolve("uno.monthly-meeting-decisions"));
    }

    [Fact]
    public void Merge_ProvisionalIdIntoEntry_LaterMatchesOfThatClusterGiveTheEntry()
    {
        var catalog = TwoMeetingIndicators();
        var query = new MatchQuery("বাজার মনিটরিং সংখ্যা", "গ্রামীন বাজার মূল্য স্থিতিশীল রাখতে পদক্ষেপ গ্রহণ, বাজার মনিটরিং বৃদ্ধি", Units.Count);
        var before = new CanonicalMatcher(catalog).Match(query);
        Assert.True(before.IsProvisional);

        var merged = catalog.Merge(before.Id, "land.eviction-proposals", "2026-12-03", "reviewer decision (test)");
        var after = new CanonicalMatcher(merged).Match(query);

        Assert.Equal("land.eviction-proposals", after.Id);
        Assert.Equal("land.eviction-proposals", merged.ResolveMerges()[before.Id]);
    }

    [Fact]
    public void Merge_IntoMergedOrUnknownEntry_IsRefused()
    {
        var catalog = TwoMeetingIndicators().Merge("uno.monthly-meeting-decisions", "common.monthly-meeting-decisions", "2026-12-03", null);

        Assert.Throws<CatalogEditException>(() => catalog.Merge("land.eviction-proposals", "uno.monthly-meeting-decisions", "2026-12-03", null));
        Assert.Throws<CatalogEditException>(() => catalog.Merge("land.eviction-proposals", "no.such-id", "2026-12-03", null));
        Assert.Throws<CatalogEditException>(() => catalog.Merge("uno.monthly-meeting-decisions", "land.eviction-proposals", "2026-12-03", null));
    }

    [Fact]
    public void Rename_Entry_NewNameOldNameKeptAsVariantAndInHistory()
    {
        var renamed = TwoMeetingIndicators().Rename("land.eviction-proposals", "খাসজমি উদ্ধারে উচ্ছেদ প্রস্তাব প্রেরিত", "2026-12-03", "clearer");

        var entry = renamed.Find("land.eviction-proposals")!;
        Assert.Equal("খাসজমি উদ্ধারে উচ্ছেদ প্রস্তাব প্রেরিত", entry.NameBn);
        Assert.Contains("উচ্ছেদ প্রস্তাব প্রেরণের সংখ্যা", entry.Variants);
        Assert.Equal(new CatalogEvent("2026-12-03", CatalogActions.Renamed, "উচ্ছেদ প্রস্তাব প্রেরণের সংখ্যা", "খাসজমি উদ্ধারে উচ্ছেদ প্রস্তাব প্রেরিত", "clearer"), entry.History.Single());
    }

    [Fact]
    public void SaveAndLoad_CatalogWithHistory_RoundTripsByteIdentical()
    {
        var catalog = TwoMeetingIndicators().Merge("uno.monthly-meeting-decisions", "common.monthly-meeting-decisions", "2026-12-03", "r");
        var path = Path.Combine(Path.GetTempPath(), $"catalog-test-{Guid.NewGuid():N}.json");
        try
        {
            catalog.Save(path);
            var loaded = IndicatorCatalog.Load(path);

            Assert.Equal(File.ReadAllText(path), loaded.ToJson());
            Assert.Equal("common.monthly-meeting-decisions", loaded.Resolve("uno.monthly-meeting-decisions"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
