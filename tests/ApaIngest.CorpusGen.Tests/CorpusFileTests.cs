using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApaIngest.Core.Documents;
using Json.Schema;
using UglyToad.PdfPig;

namespace ApaIngest.CorpusGen.Tests;

/// <summary>Checks the checked-in sample corpus (corpus/): what the extraction and eval helpers will read.</summary>
public class CorpusFileTests
{
    private static JsonSchema Schema => SpecSchema.Instance;

    public static TheoryData<string> Names() => RepoRoot.GoldNames();

    private static string Gold(string name, string ext) => Path.Combine(RepoRoot.Corpus, "gold", name + ext);

    [Fact]
    public void Corpus_Sample_HasAtLeastSixAgreementsWithFourVariants()
    {
        var names = RepoRoot.GoldJsonFiles().Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.True(names.Count >= 6, $"{names.Count} gold files");
        foreach (var n in names)
        {
            foreach (var v in new[] { "digital", "legacy", "scan300", "scan200" })
            {
                Assert.True(File.Exists(Path.Combine(RepoRoot.Corpus, $"{n}.{v}.pdf")), $"{n}.{v}.pdf missing");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GoldJson_Any_ValidatesAgainstTheSchema(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Gold(name, ".json")));
        var result = Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GoldJson_Any_LoadsWithCoreAndCellValuesMatchTheirRawText(string name)
    {
        var doc = ApaDocumentJson.Load(Gold(name, ".json"));

        foreach (var i in doc.Indicators)
        {
            var cells = i.Actuals.Select(v => (v.Value, v.Raw)).Concat(i.Targets.Select(t => (t.Value, t.Raw))).Concat(i.Projections.Select(p => (p.Value, p.Raw)));
            foreach (var (value, raw) in cells)
            {
                Assert.Equal(Expected(raw, i.Unit, i.UnitScale), value.ToString());
            }
        }
    }

    /// <summary>An independent reading of a printed cell (the gold conventions of corpus/README.md).</summary>
    private static string Expected(string? raw, string unit, double scale)
    {
        if (string.IsNullOrEmpty(raw) || raw == "-")
        {
            return "null";
        }

        var ascii = new string(raw.Select(c => c is >= '০' and <= '৯' ? (char)('0' + (c - '০')) : c).ToArray());
        if (unit == Units.Date)
        {
            var d = DateOnly.ParseExact(ascii, ["dd/MM/yyyy", "dd.MM.yy", "dd/MM/yy", "dd-MM-yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture);
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var number = double.Parse(ascii.Replace(",", "").TrimEnd('%'), CultureInfo.InvariantCulture) * scale;
        return Math.Round(number, 6).ToString("R", CultureInfo.InvariantCulture);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GoldText_Any_HasOnePagePerPdfPageAndItsHashIsTheSourceHash(string name)
    {
        var doc = ApaDocumentJson.Load(Gold(name, ".json"));
        var text = File.ReadAllText(Gold(name, ".txt"));

        Assert.Equal(doc.Source.PageCount, text.Split('\f').Length);
        Assert.Equal(doc.Source.Sha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
        Assert.Contains("বার্ষিক কর্মসম্পাদন চুক্তি", text.Split('\f')[0]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void DigitalPdf_Any_HasTheGoldPagesAndATextLayerWithTheCoverYears(string name)
    {
        var doc = ApaDocumentJson.Load(Gold(name, ".json"));
        using var pdf = PdfDocument.Open(Path.Combine(RepoRoot.Corpus, name + ".digital.pdf"));

        Assert.Equal(doc.Source.PageCount, pdf.NumberOfPages);
        var cover = pdf.GetPage(1).Text;
        var start = int.Parse(doc.Agreement.FiscalYear![..4], CultureInfo.InvariantCulture);
        Assert.Contains(Bangla(start.ToString(CultureInfo.InvariantCulture)), cover);
        Assert.Contains(Bangla((start + 1).ToString(CultureInfo.InvariantCulture)), cover);
        // PdfPig gives the raw layer with the usual damage (visual-order vowel signs, unmapped conjuncts), so only a
        // word without pre-base vowels or conjuncts of the cover's first line is checked as such.
        Assert.Contains("সরকার", cover);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void LegacyPdf_Any_IsSetInSutonnyMjWithBijoyBytesAndNoUnicodeBangla(string name)
    {
        var doc = ApaDocumentJson.Load(Gold(name, ".json"));
        using var pdf = PdfDocument.Open(Path.Combine(RepoRoot.Corpus, name + ".legacy.pdf"));

        Assert.Equal(doc.Source.PageCount, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        Assert.Contains(page.Letters, l => l.FontName?.Contains("SutonnyMJ", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(page.Text, c => c is >= '\u0980' and <= '\u09FF');
        Assert.Contains("Kg©m¤úv`b", page.Text); // কর্মসম্পাদন in Bijoy, as in issue 4
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ScanPdfs_Any_AreImageOnlyWithOneImagePerGoldPage(string name)
    {
        var doc = ApaDocumentJson.Load(Gold(name, ".json"));
        foreach (var v in new[] { "scan300", "scan200" })
        {
            using var pdf = PdfDocument.Open(Path.Combine(RepoRoot.Corpus, $"{name}.{v}.pdf"));
            Assert.Equal(doc.Source.PageCount, pdf.NumberOfPages);
            foreach (var page in pdf.GetPages())
            {
                Assert.Empty(page.Letters);
                var image = Assert.Single(page.GetImages());
                Assert.InRange(image.WidthInSamples, v == "scan300" ? 3400 : 2250, v == "scan300" ? 3600 : 2400);
            }
        }
    }

    [Fact]
    public void Catalog_EveryGoldCanonicalId_IsInTheCatalog()
    {
        var catalog = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "catalog", "indicators.json")))!;
        var ids = catalog["indicators"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToHashSet();

        foreach (var file in RepoRoot.GoldJsonFiles())
        {
            foreach (var i in ApaDocumentJson.Load(file).Indicators)
            {
                Assert.Contains(i.CanonicalId!, ids);
            }
        }

        Assert.Superset(new HashSet<string> { "gov.integrity-plan", "gov.egov-innovation-plan", "gov.grievance-redress-plan", "gov.citizen-charter-plan", "gov.rti-plan" }, ids);
    }

    private static string Bangla(string ascii) => new(ascii.Select(c => (char)('০' + (c - '0'))).ToArray());
}
