using ApaIngest.Core.Pages;
using ApaIngest.Core.Text;

namespace ApaIngest.Extraction.Tests.Support;

/// <summary>
/// Lays text out the way a PDF reader would hand it over, without a PDF: paragraphs as lines of words with boxes, tables
/// (rows of cells) as ruled grids with wrapped cell text. A4 landscape, top-left points; a table that does not fit continues
/// on the next page.
/// </summary>
public sealed class GridPageRenderer
{
    public const double PageWidth = 842;
    public const double PageHeight = 595;
    private const double Margin = 20;
    private const double FontSize = 8;
    private const double LineHeight = 10;
    private const double CharWidth = 3.6;
    private const double SpaceWidth = 2.5;

    private readonly List<PageContent> pages = [];
    private List<Word> words = [];
    private List<Ruling> rulings = [];
    private double y = Margin;

    public IReadOnlyList<PageContent> Finish()
    {
        FlushPage();
        return pages;
    }

    public ReadDocument Document(string name) => new(name, new string('0', 64), Finish());

    public void NewPage()
    {
        FlushPage();
    }

    public void Paragraph(string text)
    {
        foreach (var line in Wrap(text, PageWidth - (2 * Margin)))
        {
            if (y + LineHeight > PageHeight - Margin)
            {
                FlushPage();
            }

            PlaceLine(line, Margin, y);
            y += LineHeight + 2;
        }

        y += 4;
    }

    /// <summary>A ruled table; <paramref name="widths"/> are relative column widths (null: all equal).</summary>
    public void Table(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double>? widths = null)
    {
        var cols = rows.Max(r => r.Count);
        var rel = widths ?? Enumerable.Repeat(1.0, cols).ToList();
        var total = rel.Sum();
        var xs = new List<double> { Margin };
        for (var c = 0; c < cols; c++)
        {
            xs.Add(xs[^1] + ((PageWidth - (2 * Margin)) * rel[c] / total));
        }

        var top = y;
        foreach (var row in rows)
        {
            var wrapped = Enumerable.Range(0, cols).Select(c => Wrap(c < row.Count ? row[c] : "", xs[c + 1] - xs[c] - 4)).ToList();
            var height = (Math.Max(1, wrapped.Max(w => w.Count)) * LineHeight) + 4;
            if (y + height > PageHeight - Margin)
            {
                CloseTable(xs, top, y);
                FlushPage();
                top = y;
            }

            for (var c = 0; c < cols; c++)
            {
                var ly = y + 2;
                foreach (var line in wrapped[c])
                {
                    PlaceLine(line, xs[c] + 2, ly);
                    ly += LineHeight;
                }
            }

            rulings.Add(new Ruling(xs[0], y, xs[^1], y));
            y += height;
        }

        CloseTable(xs, top, y);
        y += 8;
    }

    private void CloseTable(List<double> xs, double top, double bottom)
    {
        rulings.Add(new Ruling(xs[0], bottom, xs[^1], bottom));
        foreach (var x in xs)
        {
            rulings.Add(new Ruling(x, top, x, bottom));
        }
    }

    private void PlaceLine(string line, double x, double top)
    {
        foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var width = Math.Max(2, token.Length * CharWidth);
            words.Add(new Word(BanglaText.Normalize(token), new Box(x, top, x + width, top + FontSize)) { FontSize = FontSize });
            x += width + SpaceWidth;
        }
    }

    private static List<string> Wrap(string text, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? token : current + " " + token;
            if (current.Length > 0 && candidate.Length * CharWidth > width)
            {
                lines.Add(current);
                current = token;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private void FlushPage()
    {
        if (words.Count == 0 && rulings.Count == 0)
        {
            return;
        }

        pages.Add(new PageContent
        {
            PageNumber = pages.Count + 1,
            Width = PageWidth,
            Height = PageHeight,
            Kind = PageKind.Text,
            Words = words,
            Rulings = rulings,
        });
        words = [];
        rulings = [];
        y = Margin;
    }
}
