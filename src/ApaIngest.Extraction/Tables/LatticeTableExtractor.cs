using ApaIngest.Core.Pages;

namespace ApaIngest.Extraction.Tables;

/// <summary>
/// Cells of a ruled table: the grid of all ruling positions, base cells merged wherever the separating ruling is missing
/// (that is how rowspans and colspans are drawn), and each word placed in the cell holding its centre.
/// </summary>
public static class LatticeTableExtractor
{
    public static TableGrid Extract(PageContent page, TableRegion region)
    {
        var set = RulingSet.From(region.Rulings);
        var xs = RulingSet.Cluster(set.Verticals.Select(v => v.X0).Append(region.Box.X0).Append(region.Box.X1));
        var ys = RulingSet.Cluster(set.Horizontals.Select(h => h.Y0).Append(region.Box.Y0).Append(region.Box.Y1));
        xs = DropSlivers(xs, 3);
        ys = DropSlivers(ys, 3);
        var rows = ys.Count - 1;
        var cols = xs.Count - 1;
        if (rows < 1 || cols < 1)
        {
            return new TableGrid(page.PageNumber, region.Box, xs, ys, [], TableMethod.Lattice);
        }

        var parent = Enumerable.Range(0, rows * cols).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                if (c + 1 < cols && !HasVertical(set, xs[c + 1], ys[r], ys[r + 1]))
                {
                    parent[Find((r * cols) + c)] = Find((r * cols) + c + 1);
                }

                if (r + 1 < rows && !HasHorizontal(set, ys[r + 1], xs[c], xs[c + 1]))
                {
                    parent[Find((r * cols) + c)] = Find(((r + 1) * cols) + c);
                }
            }
        }

        var cells = new List<(int R0, int C0, int R1, int C1)>();
        foreach (var group in Enumerable.Range(0, rows * cols).GroupBy(Find))
        {
            var r0 = group.Min(i => i / cols);
            var r1 = group.Max(i => i / cols);
            var c0 = group.Min(i => i % cols);
            var c1 = group.Max(i => i % cols);
            cells.Add((r0, c0, r1, c1));
        }

        // A non-rectangular merge (a missing ruling piece) would give overlapping boxes: keep the larger, split the rest.
        cells = Rectify(cells, rows, cols);
        var words = page.Words.Where(w => region.Box.Contains(w.Box.CenterX, w.Box.CenterY)).ToList();
        var padding = Padding(words, xs);
        var tableCells = cells
            .OrderBy(c => c.R0).ThenBy(c => c.C0)
            .Select(c =>
            {
                var box = new Box(xs[c.C0], ys[c.R0], xs[c.C1 + 1], ys[c.R1 + 1]);
                var inside = words.Where(w => box.Contains(w.Box.CenterX, w.Box.CenterY)).ToList();
                return CellBuilder.Build(c.R0, c.C0, c.R1 - c.R0 + 1, c.C1 - c.C0 + 1, box, inside, page.PageNumber, padding);
            })
            .ToList();
        return new TableGrid(page.PageNumber, region.Box, xs, ys, tableCells, TableMethod.Lattice);
    }

    /// <summary>The cell padding: the smallest distance from a column's left ruling to a word in it (left-aligned cells).</summary>
    private static double Padding(List<Word> words, List<double> xs)
    {
        var min = double.MaxValue;
        foreach (var w in words)
        {
            var left = xs.LastOrDefault(x => x <= w.Box.X0 + 0.5, double.NaN);
            if (!double.IsNaN(left))
            {
                min = Math.Min(min, Math.Max(0, w.Box.X0 - left));
            }
        }

        return min == double.MaxValue ? 2 : Math.Min(min, 8);
    }

    private static List<double> DropSlivers(List<double> edges, double min)
    {
        var result = new List<double>();
        foreach (var e in edges)
        {
            if (result.Count > 0 && e - result[^1] < min)
            {
                continue;
            }

            result.Add(e);
        }

        return result;
    }

    private static bool HasVertical(RulingSet set, double x, double y0, double y1)
    {
        var covered = set.Verticals
            .Where(v => Math.Abs(v.X0 - x) <= RulingSet.Tolerance + 0.5)
            .Sum(v => Math.Max(0, Math.Min(v.Y1, y1) - Math.Max(v.Y0, y0)));
        return covered >= 0.5 * (y1 - y0);
    }

    private static bool HasHorizontal(RulingSet set, double y, double x0, double x1)
    {
        var covered = set.Horizontals
            .Where(h => Math.Abs(h.Y0 - y) <= RulingSet.Tolerance + 0.5)
            .Sum(h => Math.Max(0, Math.Min(h.X1, x1) - Math.Max(h.X0, x0)));
        return covered >= 0.5 * (x1 - x0);
    }

    private static List<(int R0, int C0, int R1, int C1)> Rectify(List<(int R0, int C0, int R1, int C1)> cells, int rows, int cols)
    {
        var owner = new int[rows, cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                owner[r, c] = -1;
            }
        }

        var result = new List<(int R0, int C0, int R1, int C1)>();
        foreach (var cell in cells.OrderByDescending(c => (c.R1 - c.R0 + 1) * (c.C1 - c.C0 + 1)).ThenBy(c => c.R0).ThenBy(c => c.C0))
        {
            var free = true;
            for (var r = cell.R0; r <= cell.R1 && free; r++)
            {
                for (var c = cell.C0; c <= cell.C1; c++)
                {
                    if (owner[r, c] >= 0)
                    {
                        free = false;
                        break;
                    }
                }
            }

            if (free)
            {
                for (var r = cell.R0; r <= cell.R1; r++)
                {
                    for (var c = cell.C0; c <= cell.C1; c++)
                    {
                        owner[r, c] = result.Count;
                    }
                }

                result.Add(cell);
            }
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                if (owner[r, c] < 0)
                {
                    owner[r, c] = result.Count;
                    result.Add((r, c, r, c));
                }
            }
        }

        return result;
    }
}
