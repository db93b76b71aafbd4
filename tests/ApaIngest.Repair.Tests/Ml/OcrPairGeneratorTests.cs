using ApaIngest.Core.Text;
using ApaIngest.Repair.Ml;

namespace ApaIngest.Repair.Tests.Ml;

/// <summary>Real text2image + tesseract (Debian's tesseract-ocr packages) on one short page.</summary>
public sealed class OcrPairGeneratorTests
{
    [Fact]
    public async Task GenerateAsync_OneRenderedPage_AlignsMostTokensWithTheTruth()
    {
        const string text = "উপজেলা নির্বাহী অফিসার কয়রা খুলনা\nবার্ষিক কর্মসম্পাদন চুক্তি মামলা নিষ্পত্তি\n";
        var generator = new OcrPairGenerator { RendersPerPage = 1 };
        var pairs = await generator.GenerateAsync([("t/0", text)], CancellationToken.None);
        Assert.NotEmpty(pairs);
        Assert.True(pairs[0].HeldOut); // page 0 of every five is held out
        var truth = text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(BanglaText.Normalize).ToHashSet();
        var aligned = pairs.Count(p => truth.Contains(p.Truth));
        Assert.True(aligned >= 8, $"{aligned} of {pairs.Count} aligned");
    }

    [Fact]
    public async Task GenerateAsync_ScanResolution_ReadsMostWordsExactly()
    {
        const string text = "উপজেলা নির্বাহী অফিসার কয়রা খুলনা\nবার্ষিক কর্মসম্পাদন চুক্তি মামলা নিষ্পত্তি\n";
        var generator = new OcrPairGenerator { RendersPerPage = 1, Sizes = OcrPairGenerator.ScanResolution };
        var pairs = await generator.GenerateAsync([("t/0", text)], CancellationToken.None);
        var exact = pairs.Count(p => p.Truth.Length > 0 && BanglaText.Normalize(p.Ocr) == p.Truth);
        Assert.True(exact >= 8, $"{exact} of {pairs.Count} read exactly at {OcrPairGenerator.ScanResolution[0].Resolution} dpi");
    }

    [Fact]
    public void ExtraTrainingPages_RepositoryData_HoldNoHeldOutTextAndNoPageTwice()
    {
        var exclude = new HashSet<string>();
        var pages = OcrPairGenerator.TruthPages(RepoData.Root, exclude);
        var heldOutText = pages.Where((_, i) => i % 5 == 0).Select(p => p.Text).ToHashSet();
        var extra = OcrPairGenerator.ExtraTrainingPages(RepoData.Root, exclude, 3);

        Assert.DoesNotContain(extra, p => heldOutText.Contains(p.Text));
        Assert.Contains(extra, p => p.Id.StartsWith("koyra-upazila-nirbahi-office-2023-24/x", StringComparison.Ordinal));
        Assert.Equal(3, extra.Count(p => p.Id.StartsWith("synthetic/x", StringComparison.Ordinal)));
        Assert.Equal(3, extra.Count(p => p.Id.StartsWith("general/x", StringComparison.Ordinal)));
        Assert.Empty(extra.Select(p => p.Id).Intersect(pages.Select(p => p.Id)));
    }

    [Fact]
    public void TruthPages_RepositoryData_HasSeedSyntheticAndEverydayWordPages()
    {
        var pages = OcrPairGenerator.TruthPages(RepoData.Root, new HashSet<string>());
        Assert.Contains(pages, p => p.Id.StartsWith("koyra-upazila-nirbahi-office-2023-24/", StringComparison.Ordinal));
        Assert.Equal(30, pages.Count(p => p.Id.StartsWith("synthetic/", StringComparison.Ordinal)));
        var everyday = pages.Where(p => p.Id.StartsWith("general/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(20, everyday.Length);
        Assert.Equal("everyday-word lines", RepairTraining.SourceOf(everyday[0].Id));
    }
}
