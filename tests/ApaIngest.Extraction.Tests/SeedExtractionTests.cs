using ApaIngest.Core.Documents;
using ApaIngest.Extraction.Tests.Support;

namespace ApaIngest.Extraction.Tests;

/// <summary>
/// The three seed transcriptions laid out as ruled pages (no PDF): their real quirks (headers repeated on every page, a
/// header broken over a page, cells shifted between columns, garbled header words, rows without codes) are handled or
/// reported. Expected values are read off the transcriptions by hand.
/// </summary>
public class SeedExtractionTests
{
    private static readonly Dictionary<string, ApaDocument> Cache = [];

    private static ApaDocument Extract(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var doc))
            {
                doc = new AgreementExtractor().Extract(SeedDocuments.Load(name));
                Cache[name] = doc;
            }

            return doc;
        }
    }

    private static Indicator Find(ApaDocument doc, string group, string code) =>
        doc.Indicators.SingleOrDefault(i => i.Group == group && i.Code == code)
        ?? throw new Xunit.Sdk.XunitException($"indicator {code} ({group}) missing; have {string.Join(", ", doc.Indicators.Select(i => i.Group[0] + i.Code))}");

    [Fact]
    public void Extract_IctSeed_ReadsAllFourOfficeAreasAcrossRepeatedHeaders()
    {
        var doc = Extract("khulna-district-ict-office-2024-25");
        var office = doc.PerformanceAreas.Where(a => a.Group == Groups.Office).ToList();
        Assert.Equal(["1", "2", "3", "4"], office.Select(a => a.Code));
        Assert.Equal([20.0, 18.0, 16.0, 16.0], office.Select(a => a.Weight ?? -1));
        var quiz = Find(doc, Groups.Office, "4.1.2");
        Assert.Equal("শেখ রাসেল দিবস উপলক্ষে অনলাইন কুইজ প্রতিযোগিতার আয়োজন", quiz.Name);
        Assert.Equal("4.1", quiz.ActivityCode);
        Assert.Equal("শেখ রাসেল দিবস উদ্যাপন", quiz.Activity);
        Assert.Equal(400.0, quiz.Targets.Single(t => t.Level == TargetLevels.Excellent).Value.Number);
        Assert.Equal(["2025-26", "2026-27"], quiz.Projections.Select(p => p.FiscalYear));
    }

    [Fact]
    public void Extract_IctSeed_GovernanceBandGivesGovernanceGroup()
    {
        var doc = Extract("khulna-district-ict-office-2024-25");
        var governance = doc.Indicators.Where(i => i.Group == Groups.Governance).ToList();
        Assert.Equal(["1.1.1", "1.2.1", "1.3.1", "1.4.1", "1.5.1"], governance.Select(i => i.Code));
        Assert.Equal([10.0, 10.0, 4.0, 3.0, 3.0], governance.Select(i => i.Weight ?? -1));
        Assert.All(governance, i => Assert.Equal(Calculations.Cumulative, i.Calculation));
        Assert.All(governance, i => Assert.All(i.Targets, t => Assert.True(t.Value.IsNull)));
    }

    [Fact]
    public void Extract_IctSeed_OfficeIndicatorsComeBeforeGovernance()
    {
        var doc = Extract("khulna-district-ict-office-2024-25");
        var groups = doc.Indicators.Select(i => i.Group).ToList();
        Assert.Equal(groups.OrderBy(g => g == Groups.Office ? 0 : 1), groups);
    }

    [Fact]
    public void Extract_KoyraSeed_CoverPartiesAndFiscalYear()
    {
        var doc = Extract("koyra-upazila-nirbahi-office-2023-24");
        Assert.Equal("2023-24", doc.Agreement.FiscalYear);
        Assert.Equal(new Party("উপজেলা নির্বাহী অফিসার", "উপজেলা নির্বাহী অফিসারের কার্যালয়, কয়রা"), doc.Agreement.Signatory);
        Assert.Equal(new Party("জেলা প্রশাসক", "জেলা প্রশাসকের কার্যালয়, খুলনা"), doc.Agreement.Supervisor);
        Assert.Equal("দক্ষ, স্বচ্ছ, কার্যকর, গতিশীল এবং জনবান্ধব প্রশাসন", doc.Agreement.Vision);
        Assert.Equal("2023-06-10", doc.Agreement.SignedOn);
    }

    [Fact]
    public void Extract_KoyraSeed_FirstTableValuesAndCodesFromParenStyle()
    {
        var doc = Extract("koyra-upazila-nirbahi-office-2023-24");
        var first = Find(doc, Groups.Office, "1.1.1");
        Assert.Equal("পরিদর্শন সংখ্যা", first.Name);
        Assert.Equal("সহকারী কমিশনার (ভূমি) অফিস পরিদর্শন", first.Activity);
        Assert.Equal(Units.Count, first.Unit);
        Assert.Equal(3.0, first.Weight);
        Assert.Equal(Calculations.Sum, first.Calculation);
        Assert.Equal(6.0, first.Actuals[0].Value.Number);
        Assert.Equal("2021-22", first.Actuals[0].FiscalYear);
        var tenth = Find(doc, Groups.Office, "1.10.1");
        Assert.Equal(2.0, tenth.Weight);
    }

    [Fact]
    public void Extract_KoyraSeed_ShiftedActivityCellsAreReported()
    {
        var doc = Extract("koyra-upazila-nirbahi-office-2023-24");
        Assert.Contains(doc.Issues, i => i.Code == "cell-shifted" && i.Message.Contains("3.2", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_KoyraSeed_GarbledLadderCaptionStillGivesTargets()
    {
        // The table on the seed's page with "পঞ্চমবার্ষিক/নির্ধারিত" where লক্ষ্যমাত্রা/নির্ণায়ক belongs.
        var doc = Extract("koyra-upazila-nirbahi-office-2023-24");
        var row = Find(doc, Groups.Office, "4.5.1");
        Assert.Equal("সচেতনামূলক সভা আয়োজন", row.Name);
        Assert.Equal(3.0, row.Targets.Single(t => t.Level == TargetLevels.Excellent).Value.Number);
        Assert.Equal(7.0, row.Targets.Single(t => t.Level == TargetLevels.Poor).Value.Number);
    }

    [Fact]
    public void Extract_KoyraSeed_GovernanceRowsWithoutAreaCodeAreGoverned()
    {
        var doc = Extract("koyra-upazila-nirbahi-office-2023-24");
        var governance = doc.Indicators.Where(i => i.Group == Groups.Governance).Select(i => i.Code).ToList();
        Assert.Equal(["1.1.1", "1.2.1", "1.3.1", "1.4.1", "1.5.1"], governance);
        Assert.Contains(doc.PerformanceAreas, a => a.Group == Groups.Governance && a.Code == "1" && a.Weight == 30);
    }

    [Fact]
    public void Extract_PoliceSeed_MultiLineCoverPartiesJoinWithCommas()
    {
        var doc = Extract("khulna-metropolitan-police-south-2023-24");
        Assert.Equal(new Party("ডেপুটি পুলিশ কমিশনার (দক্ষিণ)", "খুলনা মেট্রোপলিটন পুলিশ, খুলনা"), doc.Agreement.Signatory);
        Assert.Equal(new Party("পুলিশ কমিশনার", "খুলনা মেট্রোপলিটন পুলিশ, খুলনা"), doc.Agreement.Supervisor);
        Assert.Equal("2023-24", doc.Agreement.FiscalYear);
    }

    [Fact]
    public void Extract_SeedWithoutCalculationColumn_GivesNullCalculation()
    {
        // Older templates have no গণনা পদ্ধতি column: drop it from the Koyra section 3 rows.
        var lines = File.ReadAllLines(RepoRoot.File("data", "seeds", "koyra-upazila-nirbahi-office-2023-24.txt"));
        var start = Array.FindIndex(lines, l => l.StartsWith("কর্মসম্পাদনের ক্ষেত্র\t", StringComparison.Ordinal));
        var rows = lines.Skip(start).TakeWhile(l => l.Contains('\t', StringComparison.Ordinal))
            .Select(l => (IReadOnlyList<string>)l.Split('\t').Where((_, i) => i != 4).ToList())
            .ToList();
        var renderer = new GridPageRenderer();
        renderer.Paragraph("সেকশন ৩");
        renderer.Table(rows);
        var doc = new AgreementExtractor().Extract(renderer.Document("old.pdf"));
        var first = Find(doc, Groups.Office, "1.1.1");
        Assert.Null(first.Calculation);
        Assert.Null(first.CalculationRaw);
        Assert.Equal("সংখ্যা", first.UnitRaw);
        Assert.Equal(3.0, first.Weight);
        Assert.Equal(10, doc.Indicators.Count);
    }
}
