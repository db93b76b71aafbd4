using System.Globalization;
using System.Text;

namespace ApaIngest.CorpusGen.Scanning;

/// <summary>
/// Writes an image-only PDF: one grey JPEG (DCTDecode) per A4-landscape page, no text layer, as a scanner's
/// "scan to PDF" gives. Written by hand so that the output is byte-for-byte deterministic.
/// </summary>
public static class ImagePdfWriter
{
    private const double PageWidth = 841.89;
    private const double PageHeight = 595.28;

    public sealed record JpegPage(byte[] Jpeg, int Width, int Height);

    public static byte[] Write(IReadOnlyList<JpegPage> pages)
    {
        using var ms = new MemoryStream();
        var offsets = new List<long>();
        void Raw(string s)
        {
            var b = Encoding.ASCII.GetBytes(s);
            ms.Write(b);
        }

        void BeginObject(int n)
        {
            while (offsets.Count < n)
            {
                offsets.Add(0);
            }

            offsets[n - 1] = ms.Position;
            Raw($"{n} 0 obj\n");
        }

        Raw("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        // Objects: 1 catalog, 2 pages, then per page i: page (3+3i), content (4+3i), image (5+3i).
        var kids = string.Join(" ", pages.Select((_, i) => $"{3 + 3 * i} 0 R"));
        BeginObject(1);
        Raw("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        BeginObject(2);
        Raw($"<< /Type /Pages /Kids [{kids}] /Count {pages.Count} >>\nendobj\n");
        var w = PageWidth.ToString("F2", CultureInfo.InvariantCulture);
        var h = PageHeight.ToString("F2", CultureInfo.InvariantCulture);
        for (var i = 0; i < pages.Count; i++)
        {
            var (page, content, image) = (3 + 3 * i, 4 + 3 * i, 5 + 3 * i);
            BeginObject(page);
            Raw($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] /Resources << /XObject << /Im0 {image} 0 R >> >> /Contents {content} 0 R >>\nendobj\n");
            var draw = $"q {w} 0 0 {h} 0 0 cm /Im0 Do Q\n";
            BeginObject(content);
            Raw($"<< /Length {draw.Length} >>\nstream\n{draw}endstream\nendobj\n");
            BeginObject(image);
            Raw($"<< /Type /XObject /Subtype /Image /Width {pages[i].Width} /Height {pages[i].Height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length {pages[i].Jpeg.Length} >>\nstream\n");
            ms.Write(pages[i].Jpeg);
            Raw("\nendstream\nendobj\n");
        }

        var xref = ms.Position;
        Raw($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            Raw($"{o:D10} 00000 n \n");
        }

        Raw($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return ms.ToArray();
    }
}
