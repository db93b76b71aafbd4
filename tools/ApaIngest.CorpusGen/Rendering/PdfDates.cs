using System.Text;
using System.Text.RegularExpressions;

namespace ApaIngest.CorpusGen.Rendering;

/// <summary>
/// Chromium stamps /CreationDate and /ModDate with the clock; pinning them to the agreement's signing date makes the
/// rendered PDFs byte-identical run after run. The replacement has the same length, so the xref offsets stay valid.
/// </summary>
public static partial class PdfDates
{
    public static byte[] Pin(byte[] pdf, DateOnly date)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var stamp = date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "100000";
        var pinned = Dates().Replace(text, m => m.Groups[1].Value + stamp);
        return Encoding.Latin1.GetBytes(pinned);
    }

    [GeneratedRegex(@"(/(?:CreationDate|ModDate) \(D:)\d{14}")]
    private static partial Regex Dates();
}
