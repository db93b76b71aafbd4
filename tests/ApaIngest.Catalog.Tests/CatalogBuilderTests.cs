using ApaIngest.Catalog.Building;

namespace ApaIngest.Catalog.Tests;

public class CatalogBuilderTests
{
    private static CatalogSources Seeds() => new()
    {
        SeedFiles = [RepoPaths.Seed(RepoPaths.Koyra), RepoPaths.Seed(RepoPaths.Ict)],
        LexiconPath = Path.Combine(RepoPaths.Root, "data", "lexicon", "ben.wordlist"),
    };

    [Fact]
    public void Build_OnItsOwnOutput_ChangesNothing()
    {
        var (first, _) = CatalogBuilder.Build(null, Seeds());
        var (second, _) = CatalogBuilder.Build(first, Seeds());

        Assert.Equal(first.ToJson(), second.ToJson());
    }

    [Fact]
    public void Build_OverCuratedCatalog_KeepsMergesAndRenames()
    {
        var (built, _) = CatalogBuilder.Build(null, Seeds());
        var curated = built
            .Merge("plan.rti.training", "plan.integrity.training", "2026-12-03", "test")
            .Rename("gov.rti-plan", "তথ্য অধিকার কর্মপরিকল্পনা বাস্তবায়িত (সংশোধিত)", "2026-12-03", "test");

        var (rebuilt, _) = CatalogBuilder.Build(curated, Seeds());

        Assert.Equal("plan.integrity.training", rebuilt.Find("plan.rti.training")!.MergedInto);
        Assert.Equal("তথ্য অধিকার কর্মপরিকল্পনা বাস্তবায়িত (সংশোধিত)", rebuilt.Find("gov.rti-plan")!.NameBn);
        Assert.Equal(2, rebuilt.Find("gov.rti-plan")!.History.Count + rebuilt.Find("plan.rti.training")!.History.Count);
    }

    [Fact]
    public void Build_Seeds_GovernanceRowsJoinTheFivePlansAndGarbledOnesStayOut()
    {
        var (catalog, report) = CatalogBuilder.Build(null, Seeds());

        Assert.Equal(5, catalog.Entries.Count(e => e.Group == "governance"));
        Assert.DoesNotContain(catalog.Entries, e => e.AllNames().Any(n => n.Contains("শুল্কসেবা", StringComparison.Ordinal)));
        Assert.True(report.SeedRejected > 0);
    }
}
