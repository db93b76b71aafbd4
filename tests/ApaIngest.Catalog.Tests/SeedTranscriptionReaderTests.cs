using ApaIngest.Catalog.Building;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Text;

namespace ApaIngest.Catalog.Tests;

public class SeedTranscriptionReaderTests
{
    [Fact]
    public void Read_Koyra_FindsSectionThreeRowWithUnitAndMethod()
    {
        var rows = SeedTranscriptionReader.Read(RepoPaths.Seed(RepoPaths.Koyra), BuiltinCatalog.OfficeKinds);

        var row = Assert.Single(rows, r => r.Activity == BanglaText.Normalize("উপজেলা মাসিক সভার সিদ্ধান্ত বাস্তবায়ন"));
        Assert.Equal(BanglaText.Normalize("সিদ্ধান্ত বাস্তবায়িত"), row.Name);
        Assert.Equal(Units.Percent, row.Unit);
        Assert.Equal(Calculations.Average, row.Calculation);
        Assert.Equal("uno", row.OfficeKind);
    }

    [Fact]
    public void Read_PoliceWithInventedSectionThree_KeepsAnnexTwoRowsOnly()
    {
        var rows = SeedTranscriptionReader.Read(RepoPaths.Seed(RepoPaths.Police), BuiltinCatalog.OfficeKinds);

        Assert.Contains(rows, r => r.Name == "বিট পুলিশিং কার্যক্রম পরিচালনা" && r.OfficeKind == "police");
        Assert.DoesNotContain(rows, r => r.Name.Contains("অগ্রিম", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Name.Contains("খাদ্য নিরাপত্তা", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Ict_GovernanceRowsAreTheFivePlans()
    {
        var rows = SeedTranscriptionReader.Read(RepoPaths.Seed(RepoPaths.Ict), BuiltinCatalog.OfficeKinds);

        var governance = rows.Where(r => r.Group == Groups.Governance).ToList();
        Assert.Equal(5, governance.Count);
        Assert.All(governance, r => Assert.Equal(Units.Score, r.Unit));
        Assert.Contains(governance, r => r.Name == BanglaText.Normalize("শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়িত"));
    }
}
