using System.Text;
using ApaIngest.CorpusGen.Rendering;

namespace ApaIngest.CorpusGen.Tests;

public class PdfDatesTests
{
    [Fact]
    public void Pin_ChromiumInfoDictionary_ReplacesBothDatesAndKeepsTheLength()
    {
        var pdf = Encoding.Latin1.GetBytes("<</Producer (Skia/PDF m156)\n/CreationDate (D:20261203091345+00'00')\n/ModDate (D:20261203091346+00'00')>>");

        var pinned = Encoding.Latin1.GetString(PdfDates.Pin(pdf, new DateOnly(2023, 6, 18)));

        Assert.Equal(pdf.Length, pinned.Length);
        Assert.Contains("/CreationDate (D:20230618100000+00'00')", pinned);
        Assert.Contains("/ModDate (D:20230618100000+00'00')", pinned);
    }

    [Fact]
    public void Pin_CheckedInDigitalPdfs_CarryTheSigningDateNotTheClock()
    {
        foreach (var file in RepoRoot.GoldJsonFiles())
        {
            var doc = Core.Documents.ApaDocumentJson.Load(file);
            var name = Path.GetFileNameWithoutExtension(file);
            var stamp = "D:" + doc.Agreement.SignedOn!.Replace("-", "") + "100000";
            foreach (var v in new[] { "digital", "legacy" })
            {
                var text = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(RepoRoot.Corpus, $"{name}.{v}.pdf")));
                Assert.Contains("/CreationDate (" + stamp, text);
            }
        }
    }
}
