using ApaIngest.Core.Pages;
using ApaIngest.Extraction.Layout;

namespace ApaIngest.Extraction.Tables;

/// <summary>
/// Cells of a table without rulings: columns are the gaps in the horizontal coverage of word groups, rows start at every
/// line with several word groups; lines with fewer (wrapped text) belong to the row above.
/// </summary>
public static class StreamTableExtractor
{
    public static TableGrid Extract(PageContent page, TableRegion region)
    {
        var words = page.Words.Where(w => region.Box.Contains(w.Box.CenterX, w.Box.CenterY)).ToList();
        var lines = LineBuilder.Build(page.PageNumber, words);
        var intervals = lines
            .Where(l => StreamTableDetector.Segments(l).Count >= StreamTableDetector.MinSegments)
            .SelectMany(StreamTableDetector.Segments)
            .Select(s => (X0: s.Min(w => w.Box.X0), X1: s.Max(w => w.Box.X1)))
            .OrderBy(i => i.X0)
            .ToList();
        var xs = new List<double> { region.Box.X0 - 1 };
        var reach = double.NegativeInfinity;
        foreach (var (x0, x1) in intervals)
        {
            if (reach > double.NegativeInfinity && x0 > reach + 2)
            {
                xs.Add((reach + x0) / 2);
            }

            reach = Math.Max(reach, x1);
        }

        xs.Add(region.Box.X1 + 1);
        var ys = new List<double> { region.Box.Y0 - 1 };
        for (var i = 1; i < lines.Count; i++)
        {
            if (StreamTableDetector.Segments(lines[i]).Count >= StreamTableDetector.MinSegments)
            {
                ys.Add((lines[i - 1].Box.Y1 + lines[i].Box.Y0) / 2);
            }
        }

        ys.Add(region.Box.Y1 + 1);
        var cells = new List<TableCell>();
        for (var r = 0; r + 1 < ys.Count; r++)
        {
            for (var c = 0; c + 1 < xs.Count; c++)
            {
                var box = new Box(xs[c], ys[r], xs[c + 1], ys[r + 1]);
                var inside = words.Where(w => box.Contains(w.Box.CenterX, w.Box.CenterY)).ToList();
                cells.Add(CellBuilder.Build(r, c, 1, 1, box, inside, page.PageNumber));
            }
        }

        return new TableGrid(page.PageNumber, region.Box, xs, ys, cells, TableMethod.Stream);
    }
}
