namespace ApaIngest.CorpusGen.Layout;

/// <summary>
/// Packs blocks into A4-landscape pages by estimated height. Pagination is ours, not the browser's, so that the gold
/// text knows which page every line is on; the renderer checks the PDF's page count against it.
/// </summary>
public sealed class Flow(double pageHeight)
{
    /// <summary>Usable height in mm: 210 mm minus margins (186 mm), less a safety allowance for estimate error.</summary>
    public double PageHeight { get; } = pageHeight;

    private readonly List<Page> _pages = [];
    private List<Block> _blocks = [];
    private double _used;

    public IReadOnlyList<Page> Pages
    {
        get
        {
            Break();
            return _pages;
        }
    }

    public double Remaining => PageHeight - _used;

    public void Break()
    {
        if (_blocks.Count > 0)
        {
            _pages.Add(new Page(_blocks));
            _blocks = [];
            _used = 0;
        }
    }

    /// <summary>Starts a new page unless this much room is left (keeps a heading with the table under it).</summary>
    public void EnsureRoom(double height)
    {
        if (Remaining < height)
        {
            Break();
        }
    }

    public void Add(Block block, double height)
    {
        if (_used + height > PageHeight && _blocks.Count > 0)
        {
            Break();
        }

        _blocks.Add(block);
        _used += height;
    }

    /// <summary>Adds a table without rowspans, splitting its body over pages and repeating the head on each.</summary>
    public void AddTable(TableBlock table, double headHeight, IReadOnlyList<double> rowHeights, double minRows = 2)
    {
        var start = 0;
        while (start < table.Body.Count)
        {
            var room = Remaining - headHeight;
            var firstRows = rowHeights.Skip(start).Take((int)minRows).Sum();
            if (room < firstRows && _blocks.Count > 0)
            {
                Break();
                room = Remaining - headHeight;
            }

            var end = start;
            var h = 0.0;
            while (end < table.Body.Count && (h + rowHeights[end] <= room || end == start))
            {
                h += rowHeights[end];
                end++;
            }

            Add(table with { Body = table.Body.Skip(start).Take(end - start).ToList() }, headHeight + h);
            start = end;
            if (start < table.Body.Count)
            {
                Break();
            }
        }
    }

    /// <summary>Estimated lines of a text in a column: Bangla averages ~0.55 em per code point, words wrap early.</summary>
    public static int LinesOf(string text, double widthMm, double fontPt)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        var em = fontPt * 0.3528;
        var perLine = Math.Max(3, (widthMm - 2) / (em * 0.55));
        var lines = 0;
        foreach (var part in text.Split('\n'))
        {
            lines += Math.Max(1, (int)Math.Ceiling(part.Length * 1.05 / perLine));
        }

        return lines;
    }

    public const double RowPadding = 1.8;

    public static double LineHeight(double fontPt) => fontPt * 0.3528 * 1.38;

    /// <summary>Height of a table row: the tallest cell, plus padding and rule.</summary>
    public static double RowHeight(IReadOnlyList<Cell> row, IReadOnlyList<double> widths, double fontPt)
    {
        var col = 0;
        var lines = 1;
        foreach (var c in row)
        {
            var w = widths.Skip(col).Take(c.ColSpan).Sum();
            if (c.RowSpan == 1)
            {
                lines = Math.Max(lines, LinesOf(c.Text, w, fontPt));
            }

            col += c.ColSpan;
        }

        return lines * LineHeight(fontPt) + RowPadding;
    }
}
