using ApaIngest.Cli.Tests.Support;
using ApaIngest.Core.Text;

namespace ApaIngest.Cli.Tests;

/// <summary>`apa text` end to end on the real Nikosh PDFs whose text layer drops conjuncts: the page goes to OCR.</summary>
public sealed class TextCommandTests
{
    [Fact]
    public async Task Text_NikoshLayerWithoutConjuncts_OcrRouteGivesTheRealWords()
    {
        var run = await Apa.RunAsync("text", "--verbose", Apa.RealPdf("mpdf-form-a-nikosh-garbled.pdf"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("page 1: broken → ocr", run.Stderr, StringComparison.Ordinal);
        var text = BanglaText.Normalize(run.Stdout);
        // the raw layer gives কম-পিরকনার, বাবায়ন, কায েমর for these (issue 4)
        foreach (var word in new[] { "কর্ম-পরিকল্পনার", "বাস্তবায়ন", "কার্যক্রমের" })
        {
            Assert.Contains(BanglaText.Normalize(word), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Text_CleanTextLayer_ReadsWithoutOcr()
    {
        var run = await Apa.RunAsync("text", "--verbose", Apa.RealPdf("freedom-fight-notosans-clean.pdf"));

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("→ ocr", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(BanglaText.Normalize("মুক্তিযুদ্ধ"), BanglaText.Normalize(run.Stdout), StringComparison.Ordinal);
    }
}
