using ApaIngest.Ocr.Imaging;

namespace ApaIngest.Ocr.Tables;

/// <summary>
/// Finds ruling lines by morphological opening of the binary page with long thin bricks (horizontal and vertical line
/// extraction as in Leptonica's table and form examples), keeps those that make a grid, and takes the regions they
/// enclose as cells.
/// </summary>
public static class TableGridDetector
{
    public static TableGrid Detect(Pix binary, int dpi)
    {
        // Bangla's headline (মাত্রা) is a horizontal stroke as long as its word and letters have vertical stems, so a
        // candidate must be longer than a word (~1 inch) or a stem (~1/4 inch) AND either very long or meet at least two
        // lines of the other direction. Stems meet only their own headline; headlines meet no long stem.
        var minHorizontal = Math.Max(40, dpi * 3 / 4);
        var minVertical = Math.Max(25, dpi / 4);
        var longHorizontal = dpi * 3;
        var longVertical = dpi * 3 / 2;
        var maxThickness = Math.Max(4, dpi / 15);

        var gap = Math.Max(3, dpi / 50);
        using var horizontalMask = ExtractLines(binary, minHorizontal, gap, horizontal: true);
        using var verticalMask = ExtractLines(binary, minVertical, gap, horizontal: false);
        var tolerance = Math.Max(4, dpi / 30);
        var rawHorizontals = Candidates(horizontalMask, maxThickness, horizontal: true);
        var rawVerticals = Candidates(verticalMask, maxThickness, horizontal: false);
        var horizontals = MergeParallel(rawHorizontals, tolerance).Where(h => !HasTextBodyBelow(binary, h.Box, dpi)).ToList();
        var verticals = MergeParallel(rawVerticals, tolerance);

        var keptH = horizontals.ToList();
        var keptV = verticals.ToList();
        for (var pass = 0; pass < 4; pass++)
        {
            var nextV = keptV.Where(v => v.Length >= longVertical || Meets(v, keptH, tolerance) >= 2).ToList();
            var nextH = keptH.Where(h => h.Length >= longHorizontal || Meets(h, nextV, tolerance) >= 2).ToList();
            var stable = nextV.Count == keptV.Count && nextH.Count == keptH.Count;
            keptV = nextV;
            keptH = nextH;
            if (stable)
            {
                break;
            }
        }

        var rulings = keptH.Concat(keptV).ToList();
        var rejected = rawHorizontals.Concat(rawVerticals)
            .Where(c => !rulings.Any(r => r.IsHorizontal == c.IsHorizontal && r.Box.OverlapWidth(c.Box) * r.Box.OverlapHeight(c.Box) * 2 > c.Box.Area));
        var mask = BuildMask(binary, horizontalMask, verticalMask, rejected);
        var cells = rulings.Count >= 4 ? FindCells(mask, dpi) : [];
        return new TableGrid(rulings, cells, mask);
    }

    private static Pix ExtractLines(Pix binary, int minLength, int gap, bool horizontal)
    {
        // A small dilation across the line, so slightly skewed or ragged (scanned) lines stay continuous, and a closing
        // along it, so lines broken by scan dropouts or by the gaps of HTML-style separate cell borders join up.
        using var thick = horizontal ? binary.Dilate(1, 3) : binary.Dilate(3, 1);
        using var joined = horizontal ? thick.Close(gap, 1) : thick.Close(1, gap);
        return horizontal ? joined.Open(minLength, 1) : joined.Open(1, minLength);
    }

    /// <summary>Double rules (a frame drawn twice, separate cell borders) become one ruling: the union of the pair.</summary>
    private static List<PixelRuling> MergeParallel(List<PixelRuling> lines, int tolerance)
    {
        var merged = new List<PixelRuling>();
        foreach (var line in lines.OrderBy(l => l.IsHorizontal ? l.Box.Y : l.Box.X))
        {
            var index = merged.FindIndex(m => Parallel(m, line, tolerance));
            if (index < 0)
            {
                merged.Add(line);
                continue;
            }

            var b = merged[index].Box;
            merged[index] = merged[index] with
            {
                Box = PixelRect.FromEdges(Math.Min(b.X, line.Box.X), Math.Min(b.Y, line.Box.Y), Math.Max(b.Right, line.Box.Right), Math.Max(b.Bottom, line.Box.Bottom)),
            };
        }

        return merged;
    }

    private static bool Parallel(PixelRuling a, PixelRuling b, int tolerance)
    {
        if (a.IsHorizontal)
        {
            var overlap = a.Box.OverlapWidth(b.Box);
            return Math.Abs(a.Box.CenterY - b.Box.CenterY) <= tolerance && overlap >= Math.Min(a.Box.Width, b.Box.Width) * 0.8;
        }

        var overlapV = a.Box.OverlapHeight(b.Box);
        return Math.Abs(a.Box.CenterX - b.Box.CenterX) <= tolerance && overlapV >= Math.Min(a.Box.Height, b.Box.Height) * 0.8;
    }

    private static List<PixelRuling> Candidates(Pix mask, int maxThickness, bool horizontal) =>
        mask.ConnectedComponents(8)
            .Where(b => (horizontal ? b.Height : b.Width) <= maxThickness)
            .Select(b => new PixelRuling(b, horizontal))
            .ToList();

    /// <summary>
    /// A run of joined Bangla headlines (a line of tightly set text) looks like a rule to the opening, but letter stems
    /// hang from a headline: the rows just under it are inked where each letter joins. Just under a printed rule there
    /// is padding, crossed only by the vertical rules.
    /// </summary>
    private static bool HasTextBodyBelow(Pix binary, PixelRect line, int dpi)
    {
        var depth = Math.Max(2, dpi / 150);
        var band = new PixelRect(line.X, line.Bottom + 1, line.Width, depth).ClipTo(binary.Width, binary.Height);
        if (band.Area == 0)
        {
            return false;
        }

        return binary.CountInk(band) > band.Area * 0.12;
    }

    private static int Meets(PixelRuling line, List<PixelRuling> others, int tolerance)
    {
        var count = 0;
        foreach (var other in others)
        {
            var (h, v) = line.IsHorizontal ? (line.Box, other.Box) : (other.Box, line.Box);
            if (v.CenterX >= h.X - tolerance && v.CenterX <= h.Right + tolerance &&
                h.CenterY >= v.Y - tolerance && h.CenterY <= v.Bottom + tolerance)
            {
                count++;
            }
        }

        return count;
    }

    private static Pix BuildMask(Pix binary, Pix horizontalMask, Pix verticalMask, IEnumerable<PixelRuling> rejected)
    {
        using var both = horizontalMask.Or(verticalMask);
        foreach (var line in rejected)
        {
            both.ClearRect(line.Box);
        }

        // Only pixels that are ink in the page (the extraction dilated), grown by one pixel for anti-aliased edges.
        using var paper = binary.Invert();
        using var ink = both.Subtract(paper);
        return ink.Dilate(3, 3);
    }

    private static List<PixelRect> FindCells(Pix lineMask, int dpi)
    {
        using var closed = lineMask.Dilate(5, 5);
        using var space = closed.Invert();
        var minWidth = Math.Max(8, dpi / 20);
        var minHeight = Math.Max(8, dpi / 25);
        var maxArea = (long)lineMask.Width * lineMask.Height / 2;
        var regions = space.ConnectedComponents(4)
            .Where(b => b.X > 0 && b.Y > 0 && b.Right < lineMask.Width && b.Bottom < lineMask.Height)
            .Where(b => b.Width >= minWidth && b.Height >= minHeight && (long)b.Area < maxArea)
            .ToList();

        // The space inside a table's outer frame that surrounds other cells (separate, double frames) is no cell.
        return regions
            .Where(r => !regions.Any(o => o != r && r.Contains(o.CenterX, o.CenterY) && o.Area < r.Area))
            .OrderBy(b => b.Y).ThenBy(b => b.X)
            .ToList();
    }
}
