using System.Diagnostics;
using ApaIngest.Core.Pages;
using ApaIngest.Repair.TextLayer;
using Xunit.Abstractions;

namespace ApaIngest.Pdf.Tests;

/// <summary>What `apa text` prints for a text-layer PDF (reader → text-layer repair → reading order) against the truth.</summary>
public class TextAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void Text_CleanNotoSansEssay_AgreesWithPdftotextTo995Percent()
    {
        var path = TestFiles.RealPdf("freedom-fight-notosans-clean.pdf");
        var truth = Pdftotext(path);

        var text = TextOf(TestFiles.Read(path));
        var accuracy = CharacterAccuracy.Of(truth, text);

        // Without whitespace: pdftotext splits words at some conjuncts ("পটভূ মি"); the text itself should be exact.
        var withoutSpaces = CharacterAccuracy.Of(CharacterAccuracy.WithoutWhitespace(truth), CharacterAccuracy.WithoutWhitespace(text));

        output.WriteLine($"character accuracy {accuracy:P2} over {CharacterAccuracy.NormalizeWhitespace(truth).Length} characters, {withoutSpaces:P2} without spaces");
        Assert.True(accuracy >= 0.995, $"character accuracy {accuracy:P2}");
        Assert.True(withoutSpaces >= 0.999, $"character accuracy without spaces {withoutSpaces:P2}");
    }

    [Fact]
    public void CharacterAccuracy_OneEditInTen_IsNinetyPercent()
    {
        Assert.Equal(0.9, CharacterAccuracy.Of("০১২৩৪৫৬৭৮৯", "০১২৩৪X৬৭৮৯"), 6);
        Assert.Equal(1.0, CharacterAccuracy.Of("এক  দুই\nতিন", "এক দুই তিন"), 6);
    }

    /// <summary>The same composition `apa text` uses (PipelineFactory.CreateTextStages without OCR).</summary>
    internal static string TextOf(ReadDocument document)
    {
        var repairer = new TextLayerRepairer();
        return string.Join('\f', document.Pages.Select(p => ReadingOrder.Text(repairer.Repair(p))));
    }

    internal static string Pdftotext(string path)
    {
        var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
