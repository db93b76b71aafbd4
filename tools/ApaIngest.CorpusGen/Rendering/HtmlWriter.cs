using System.Globalization;
using System.Net;
using System.Text;
using ApaIngest.CorpusGen.Layout;
using ApaIngest.Repair.Legacy;

namespace ApaIngest.CorpusGen.Rendering;

/// <summary>
/// Writes the laid-out pages as print HTML (one page block per PDF page, A4 landscape, ruled tables).
/// In legacy mode every Bangla run is written in SutonnyMJ/Bijoy ANSI and set in the font family "SutonnyMJ",
/// as documents typed with Bijoy are; Latin runs stay in a Latin font.
/// </summary>
public sealed class HtmlWriter(string banglaFont, double tableFontPt, string? legacyFontDir)
{
    private bool Legacy => legacyFontDir is not null;

    public string Write(IReadOnlyList<Page> pages)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"bn\"><head><meta charset=\"utf-8\"><style>").Append(Css()).Append("</style></head><body>\n");
        foreach (var page in pages)
        {
            sb.Append("<div class=\"page\">\n");
            foreach (var block in page.Blocks)
            {
                WriteBlock(sb, block);
            }

            sb.Append("</div>\n");
        }

        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private string Css()
    {
        var pt = tableFontPt.ToString(CultureInfo.InvariantCulture);
        var fontFaces = Legacy
            ? $"@font-face {{ font-family: 'SutonnyMJ'; src: url('file://{legacyFontDir}/SutonnyMJ.ttf'); font-weight: normal; }}\n" +
              $"@font-face {{ font-family: 'SutonnyMJ'; src: url('file://{legacyFontDir}/SutonnyMJ-Bold.ttf'); font-weight: bold; }}\n" +
              ".bj { font-family: 'SutonnyMJ'; }\n"
            : "";
        var bodyFont = Legacy ? "'Liberation Serif', serif" : $"'{banglaFont}', 'Noto Sans Bengali', sans-serif";
        return fontFaces + $$"""
            @page { size: A4 landscape; margin: 12mm 14mm; }
            html, body { margin: 0; padding: 0; }
            body { font-family: {{bodyFont}}; font-size: 11pt; line-height: 1.35; color: #000; }
            .page { break-after: page; page-break-after: always; }
            .page:last-child { break-after: auto; page-break-after: auto; }
            p { margin: 0 0 1.2mm 0; }
            .center { text-align: center; }
            .big { font-size: 14pt; }
            .title { font-size: 18pt; font-weight: bold; margin: 4mm 0; }
            .heading { font-weight: bold; font-size: 13.5pt; margin-top: 2mm; }
            .sub { font-weight: bold; margin-top: 1.5mm; }
            .note { font-size: 9pt; }
            .spacer { height: 14mm; }
            table { border-collapse: collapse; table-layout: fixed; margin: 1mm 0 2mm 0; }
            th, td { border: 0.6pt solid #000; padding: 0.5mm 0.8mm; vertical-align: top; font-size: 9pt; overflow-wrap: anywhere; text-align: left; font-weight: normal; }
            thead th { font-weight: bold; text-align: center; vertical-align: middle; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            table.plan th, table.plan td { font-size: {{pt}}pt; }
            td.num, th.colno { text-align: center; }
            td.band { font-weight: bold; text-align: left; background: #e8e8e8; }
            table.contents td, table.contents th { border: none; font-size: 11pt; }
            .sigs { display: flex; justify-content: space-between; margin: 22mm 10mm 0 10mm; }
            .sig { width: 42%; text-align: center; }
            .sig .line { border-top: 0.6pt solid #000; margin-bottom: 1mm; }
            """;
    }

    private void WriteBlock(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case TextBlock t when t.Css.Contains("spacer"):
                sb.Append("<div class=\"spacer\"></div>\n");
                break;
            case TextBlock t:
                sb.Append("<p class=\"").Append(t.Css).Append("\">").Append(Inline(t.Text)).Append("</p>\n");
                break;
            case LinesBlock l:
                sb.Append("<p class=\"").Append(l.Css).Append("\">").Append(string.Join("<br>", l.Lines.Select(Inline))).Append("</p>\n");
                break;
            case SignaturesBlock s:
                sb.Append("<div class=\"sigs\">");
                foreach (var side in new[] { s.Left, s.Right })
                {
                    sb.Append("<div class=\"sig\"><div class=\"line\"></div>").Append(string.Join("<br>", side.Select(Inline))).Append("</div>");
                }

                sb.Append("</div>\n");
                break;
            case TableBlock t:
                WriteTable(sb, t);
                break;
        }
    }

    private void WriteTable(StringBuilder sb, TableBlock t)
    {
        sb.Append("<table class=\"").Append(t.Css).Append('"');
        if (t.Widths is { } w)
        {
            sb.Append(" style=\"width:").Append(w.Sum().ToString("F1", CultureInfo.InvariantCulture)).Append("mm\"><colgroup>");
            foreach (var x in w)
            {
                sb.Append("<col style=\"width:").Append(x.ToString("F1", CultureInfo.InvariantCulture)).Append("mm\">");
            }

            sb.Append("</colgroup>");
        }
        else
        {
            sb.Append('>');
        }

        sb.Append("<thead>");
        foreach (var row in t.Head)
        {
            WriteRow(sb, row, "th");
        }

        sb.Append("</thead><tbody>");
        foreach (var row in t.Body)
        {
            WriteRow(sb, row, "td");
        }

        sb.Append("</tbody></table>\n");
    }

    private void WriteRow(StringBuilder sb, IReadOnlyList<Cell> row, string tag)
    {
        sb.Append("<tr>");
        foreach (var c in row)
        {
            sb.Append('<').Append(tag);
            if (c.RowSpan > 1)
            {
                sb.Append(" rowspan=\"").Append(c.RowSpan).Append('"');
            }

            if (c.ColSpan > 1)
            {
                sb.Append(" colspan=\"").Append(c.ColSpan).Append('"');
            }

            if (c.Css.Length > 0)
            {
                sb.Append(" class=\"").Append(c.Css).Append('"');
            }

            sb.Append('>').Append(string.Join("<br>", c.Text.Split('\n').Select(Inline))).Append("</").Append(tag).Append('>');
        }

        sb.Append("</tr>\n");
    }

    private string Inline(string text)
    {
        if (!Legacy)
        {
            return WebUtility.HtmlEncode(text);
        }

        var sb = new StringBuilder();
        foreach (var (run, bangla) in BijoyEncoder.SplitRuns(text))
        {
            if (bangla)
            {
                sb.Append("<span class=\"bj\">").Append(WebUtility.HtmlEncode(BijoyEncoder.FromUnicode(run))).Append("</span>");
            }
            else
            {
                sb.Append(WebUtility.HtmlEncode(run));
            }
        }

        return sb.ToString();
    }
}
