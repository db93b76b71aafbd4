using System.Text;
using ApaIngest.Core.Pages;
using ApaIngest.Repair.Ml.Spans;
using Xunit.Abstractions;

namespace ApaIngest.Pdf.Tests;

/// <summary>The trained span classifier (models/spans/model.zip, `apa train spans`) on held-out spans and in page classification.</summary>
public class SpanClassifierTests(ITestOutputHelper output)
{
    private const string LegacyAgreement = "c01-uno-badalgachi-2023-24";

    private static readonly Lazy<SpanClassifier> Model = new(() => SpanClassifier.Load(Path.Combine(TestFiles.Root, SpanClassifier.ModelPath)));

    [Fact]
    public void Default_ModelInRepository_IsLoaded()
    {
        Assert.True(File.Exists(Path.Combine(TestFiles.Root, SpanClassifier.ModelPath)), "models/spans/model.zip missing: run apa train spans");
        Assert.NotNull(SpanClassifier.Default);
        Assert.Same(SpanClassifier.Default, new PdfReadOptions().SpanClassifier);
    }

    [Theory]
    // Floors a little under the measured held-out accuracy (models/spans/MODEL_CARD.md: 99.5 %, 98.7 %, 100 %, 100 %).
    [InlineData(SpanKind.LegacyBangla, 0.985)]
    [InlineData(SpanKind.English, 0.97)]
    [InlineData(SpanKind.UnicodeBangla, 0.995)]
    [InlineData(SpanKind.Number, 0.995)]
    public void Classify_HeldOutSpans_AccuracyAboveFloor(SpanKind kind, double floor)
    {
        var heldOut = SpanCorpus.Build(TestFiles.Root).Where(s => s.HeldOut && s.Kind == kind).ToList();

        var evaluation = SpanEvaluation.Run(Model.Value, heldOut);

        Assert.True(heldOut.Count >= 500, $"only {heldOut.Count} held-out {kind} spans");
        Assert.True(evaluation.Accuracy(kind) >= floor, $"{kind}: {evaluation.Accuracy(kind):P2} of {heldOut.Count} < {floor:P1}");
    }

    [Theory]
    [InlineData("Kg©m¤úv`b", SpanKind.LegacyBangla)]
    [InlineData("evwl©K", SpanKind.LegacyBangla)]
    [InlineData("Dc‡Rjv", SpanKind.LegacyBangla)]
    [InlineData("কর্মসম্পাদন", SpanKind.UnicodeBangla)]
    [InlineData("উপজেলা", SpanKind.UnicodeBangla)]
    [InlineData("Performance", SpanKind.English)]
    [InlineData("(Vision)", SpanKind.English)]
    [InlineData("[১.১.১]", SpanKind.Number)]
    [InlineData("2023-24", SpanKind.Number)]
    [InlineData("৩০/০৬/২০২৪", SpanKind.Number)]
    public void Classify_HandLabelledSpans_Expected(string text, SpanKind expected)
    {
        Assert.Equal(expected, Model.Value.Classify(text));
    }

    [Fact]
    public void Read_LegacyPdfWithRenamedFont_LegacyByTheSpanClassifier()
    {
        var bytes = RenamedFontPdf();
        using var stream = new MemoryStream(bytes);

        var model = Model.Value;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var document = new PdfDocumentReader(new PdfReadOptions { SpanClassifier = model, IncludeImageBytes = false })
            .Read(stream, "renamed.legacy.pdf", CancellationToken.None);
        output.WriteLine($"read in {watch.ElapsedMilliseconds} ms");

        foreach (var page in document.Pages)
        {
            output.WriteLine($"p{page.PageNumber}: {page.Kind} ({page.KindReason})");
        }

        Assert.DoesNotContain(document.Pages.SelectMany(p => p.Words), w => (w.FontName ?? "").Contains("SutonnyMJ", StringComparison.Ordinal));
        Assert.All(document.Pages, p => Assert.Equal(PageKind.Legacy, p.Kind));
        Assert.All(document.Pages, p => Assert.StartsWith("span classifier:", p.KindReason, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LegacyPdfWithRenamedFontWithoutModel_FallsBackToTheBijoyRule()
    {
        using var stream = new MemoryStream(RenamedFontPdf());

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var document = new PdfDocumentReader(new PdfReadOptions { SpanClassifier = null, IncludeImageBytes = false })
            .Read(stream, "renamed.legacy.pdf", CancellationToken.None);
        output.WriteLine($"read in {watch.ElapsedMilliseconds} ms");

        foreach (var page in document.Pages)
        {
            output.WriteLine($"p{page.PageNumber}: {page.Kind} ({page.KindReason})");
        }

        Assert.All(document.Pages, p => Assert.DoesNotContain("span classifier", p.KindReason, StringComparison.Ordinal));
        Assert.All(document.Pages, p => Assert.Equal(PageKind.Legacy, p.Kind));
    }

    /// <summary>The corpus legacy PDF with its font renamed to a neutral same-length name (offsets stay valid).</summary>
    private static byte[] RenamedFontPdf()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestFiles.Root, "corpus", LegacyAgreement + ".legacy.pdf"));
        var from = Encoding.ASCII.GetBytes("SutonnyMJ");
        var to = Encoding.ASCII.GetBytes("Qwertzuio");
        var replaced = 0;
        for (var i = bytes.AsSpan().IndexOf(from); i >= 0;)
        {
            to.CopyTo(bytes, i);
            replaced++;
            var next = bytes.AsSpan(i + from.Length).IndexOf(from);
            i = next < 0 ? -1 : i + from.Length + next;
        }

        Assert.True(replaced >= 4, $"{replaced} font names replaced");
        return bytes;
    }
}
