using ApaIngest.Core.Pages;
using ApaIngest.Core.Pipeline;

namespace ApaIngest.Pdf.Tests;

public class PdfDocumentReaderTests
{
    [Fact]
    public void Read_CleanNotoSansEssay_TwoTextPagesWithLogicalOrderWords()
    {
        var document = TestFiles.Read(TestFiles.RealPdf("freedom-fight-notosans-clean.pdf"));

        Assert.Equal(2, document.PageCount);
        Assert.All(document.Pages, p => Assert.Equal(PageKind.Text, p.Kind));
        var words = document.Pages[0].Words.Select(w => w.Text).ToList();
        // The title "মুক্তিযুদ্ধ: আমাদের স্বাধীনতার গৌরবময় ইতিহাস" (pdftotext gives the same).
        Assert.Equal(["মুক্তিযুদ্ধ:", "আমাদের", "স্বাধীনতার", "গৌরবময়", "ইতিহাস"], words.Take(5));
        Assert.All(document.Pages[0].Words, w => Assert.Equal(w.Text, w.RawText));
        Assert.All(document.Pages[0].Words, w => Assert.Equal(WordOrigin.TextLayer, w.Origin));
    }

    [Fact]
    public void Read_CleanNotoSansEssay_BoxesAreTopLeftPointsInsideThePage()
    {
        var page = TestFiles.Read(TestFiles.RealPdf("freedom-fight-notosans-clean.pdf")).Pages[0];

        Assert.Equal(595.5, page.Width, 1);
        Assert.Equal(841.9, page.Height, 1);
        Assert.All(page.Words, w =>
        {
            Assert.InRange(w.Box.X0, 0, page.Width);
            Assert.InRange(w.Box.Y1, 0, page.Height);
            Assert.True(w.Box.X1 >= w.Box.X0 && w.Box.Y1 >= w.Box.Y0);
        });
        // The title is the first line: near the top in a top-left frame (y grows downwards).
        Assert.True(page.Words[0].Box.Y0 < 60, $"title at y={page.Words[0].Box.Y0}");
        Assert.True(page.Words[^1].Box.Y0 > page.Words[0].Box.Y0);
    }

    [Fact]
    public void Read_FontNames_HaveNoSubsetPrefixAndSizesArePoints()
    {
        var page = TestFiles.Read(TestFiles.RealPdf("freedom-fight-notosans-clean.pdf")).Pages[0];

        Assert.Contains(page.Words, w => w.FontName == "NotoSansBengali-Regular");
        Assert.DoesNotContain(page.Words, w => w.FontName is { } f && f.Contains('+', StringComparison.Ordinal));
        Assert.Contains(page.Words, w => w.FontSize == 12);
    }

    [Theory]
    [InlineData("mpdf-form-a-nikosh-garbled.pdf")]
    [InlineData("mpdf-form-b-nikosh-garbled.pdf")]
    public void Read_MpdfNikoshForm_PageIsBrokenWithUnmappedGlyphs(string name)
    {
        var page = Assert.Single(TestFiles.Read(TestFiles.RealPdf(name)).Pages);

        Assert.Equal(PageKind.Broken, page.Kind);
        Assert.Contains("unmapped", page.KindReason, StringComparison.Ordinal);
        // The layer is read as it is: "কম\uE03D-পিরক\uE11Cনার" for কর্ম-পরিকল্পনার (visual order, reph and ল্প as
        // private-use glyphs), nothing repaired by the reader.
        Assert.Contains(page.Words, w => w.RawText.StartsWith("কম\uE03D-পির", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_IbasFaq_EveryPageWithTextIsBroken()
    {
        var document = TestFiles.Read(TestFiles.RealPdf("ibas-faq-nikosh-garbled.pdf"));

        Assert.Equal(19, document.PageCount);
        var withText = document.Pages.Where(p => p.Words.Sum(w => w.RawText.Length) >= 20).ToList();
        Assert.Equal(18, withText.Count);
        Assert.All(withText, p => Assert.Equal(PageKind.Broken, p.Kind));
        Assert.Equal(PageKind.Image, document.Pages[18].Kind);
    }

    [Fact]
    public void Read_TableForm_GivesHorizontalAndVerticalRulingsInsideThePage()
    {
        var page = TestFiles.Read(TestFiles.RealPdf("mpdf-form-b-nikosh-garbled.pdf")).Pages[0];

        Assert.True(page.Rulings.Count(r => r.IsHorizontal) >= 10, $"{page.Rulings.Count(r => r.IsHorizontal)} horizontal");
        Assert.True(page.Rulings.Count(r => r.IsVertical) >= 10, $"{page.Rulings.Count(r => r.IsVertical)} vertical");
        Assert.All(page.Rulings, r =>
        {
            Assert.InRange(r.X0, -1, page.Width + 1);
            Assert.InRange(r.Y1, -1, page.Height + 1);
        });
    }

    [Fact]
    public void Read_WordFaqTable_CellBordersBecomeRulings()
    {
        var page = TestFiles.Read(TestFiles.RealPdf("ibas-faq-nikosh-garbled.pdf")).Pages[1];

        Assert.True(page.Rulings.Count(r => r.IsHorizontal) >= 5);
        Assert.True(page.Rulings.Count(r => r.IsVertical) >= 5);
        // Column borders of a landscape table run most of the page's height in total.
        Assert.True(page.Rulings.Where(r => r.IsVertical).Sum(r => r.Length) > page.Height);
    }

    [Theory]
    [InlineData("encrypted-empty-user-password.pdf")]
    [InlineData("encrypted-rc4-empty-user-password.pdf")]
    public void Read_EncryptedWithEmptyUserPassword_Opens(string name)
    {
        var document = new PdfDocumentReader().Read(TestFiles.TestData(name), CancellationToken.None);

        var page = Assert.Single(document.Pages);
        Assert.Contains(page.Words, w => w.RawText.StartsWith("কম\uE03D-পির", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EncryptedWithUserPassword_RejectedNamingFileAndReason()
    {
        var ex = Assert.Throws<InputRejectedException>(
            () => new PdfDocumentReader().Read(TestFiles.TestData("encrypted-user-password.pdf"), CancellationToken.None));

        Assert.Equal("encrypted-user-password.pdf: encrypted with a password", ex.Message);
    }

    [Fact]
    public void Read_EncryptedWithUserPasswordGiven_Opens()
    {
        var reader = new PdfDocumentReader(new PdfReadOptions { Passwords = ["user-secret"] });

        var document = reader.Read(TestFiles.TestData("encrypted-user-password.pdf"), CancellationToken.None);

        Assert.Single(document.Pages);
    }

    [Fact]
    public void Read_NotAPdf_Rejected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"apa-not-a-pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllText(path, "This is a text file, not a PDF.\n");
        try
        {
            var ex = Assert.Throws<InputRejectedException>(() => new PdfDocumentReader().Read(path, CancellationToken.None));
            Assert.Equal($"{Path.GetFileName(path)}: not a PDF (no %PDF- header)", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_TruncatedPdf_RejectedAsUnreadable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"apa-truncated-{Guid.NewGuid():N}.pdf");
        var bytes = File.ReadAllBytes(TestFiles.RealPdf("freedom-fight-notosans-clean.pdf"));
        File.WriteAllBytes(path, bytes[..20000]);
        try
        {
            var ex = Assert.Throws<InputRejectedException>(() => new PdfDocumentReader().Read(path, CancellationToken.None));
            Assert.StartsWith($"{Path.GetFileName(path)}: unreadable PDF (", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_MissingFile_Rejected()
    {
        var ex = Assert.Throws<InputRejectedException>(
            () => new PdfDocumentReader().Read("/nonexistent/apa-missing.pdf", CancellationToken.None));

        Assert.StartsWith("apa-missing.pdf: cannot read the file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Stream_SameAsPath()
    {
        var path = TestFiles.RealPdf("mpdf-form-a-nikosh-garbled.pdf");
        using var stream = File.OpenRead(path);

        var fromStream = new PdfDocumentReader().Read(stream, path, CancellationToken.None);
        var fromPath = TestFiles.Read(path);

        Assert.Equal(fromPath.Sha256, fromStream.Sha256);
        Assert.Equal(fromPath.Pages[0].Words.Select(w => w.RawText), fromStream.Pages[0].Words.Select(w => w.RawText));
    }

    [Fact]
    public void Read_Sha256_IsTheFilesHash()
    {
        var path = TestFiles.RealPdf("mpdf-form-a-nikosh-garbled.pdf");

        var document = TestFiles.Read(path);

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), document.Sha256);
    }
}
