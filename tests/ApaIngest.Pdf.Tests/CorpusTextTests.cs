using Xunit.Abstractions;

namespace ApaIngest.Pdf.Tests;

/// <summary>The generated corpus (corpus/, checked in): text of the digital and legacy (SutonnyMJ) variants against gold text.</summary>
public class CorpusTextTests(ITestOutputHelper output)
{
    public static TheoryData<string> Agreements()
    {
        var data = new TheoryData<string>();
        // Three of the six keep the project's test run short on two cores; docs/accuracy.md has all six.
        foreach (var gold in Directory.GetFiles(Path.Combine(TestFiles.Root, "corpus", "gold"), "*.txt").Order(StringComparer.Ordinal).Take(3))
        {
            data.Add(Path.GetFileNameWithoutExtension(gold));
        }

        return data;
    }

    [Fact]
    public void Corpus_IsPresent()
    {
        Assert.True(Agreements().Count == 3, "corpus/gold/*.txt missing: run scripts/make-corpus");
    }

    [Theory]
    [MemberData(nameof(Agreements))]
    public void Text_DigitalAndLegacyVariants_AgreeWithGold(string name)
    {
        var gold = File.ReadAllText(Path.Combine(TestFiles.Root, "corpus", "gold", name + ".txt"));
        var digitalDocument = new PdfDocumentReader().Read(Path.Combine(TestFiles.Root, "corpus", name + ".digital.pdf"), CancellationToken.None);
        var legacyDocument = new PdfDocumentReader().Read(Path.Combine(TestFiles.Root, "corpus", name + ".legacy.pdf"), CancellationToken.None);

        var digital = CharacterAccuracy.Of(gold, TextAccuracyTests.TextOf(digitalDocument));
        var legacy = CharacterAccuracy.Of(gold, TextAccuracyTests.TextOf(legacyDocument));

        output.WriteLine($"{name}: digital {digital:P2}, legacy {legacy:P2}");
        Assert.All(digitalDocument.Pages, p => Assert.Equal(Core.Pages.PageKind.Text, p.Kind));
        Assert.All(legacyDocument.Pages, p => Assert.Equal(Core.Pages.PageKind.Legacy, p.Kind));
        Assert.True(digital >= 0.98, $"digital {digital:P2}");
        Assert.True(legacy >= digital - 0.01, $"legacy {legacy:P2} vs digital {digital:P2}");
    }
}
