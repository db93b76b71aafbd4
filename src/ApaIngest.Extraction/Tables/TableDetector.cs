using ApaIngest.Core.Pages;

namespace ApaIngest.Extraction.Tables;

/// <summary>
/// Finds table regions on a page (detection, separate from extraction as in Tabula/Camelot): lattice regions are the
/// connected groups of crossing horizontal and vertical rulings; without rulings, stream regions are runs of lines whose
/// words line up in several columns.
/// </summary>
public static class TableDetector
{
    public static IReadOnlyList<TableRegion> Detect(PageContent page)
    {
        var lattice = DetectLattice(page);
        var stream = StreamTableDetector.Detect(page, lattice.Select(r => r.Box).ToList());
        return lattice.Concat(stream).OrderBy(r => r.Box.Y0).ThenBy(r => r.Box.X0).ToList();
    }

    public static IReadOnlyList<TableRegion> DetectLattice(PageContent page)
    {
        var set = RulingSet.From(page.Rulings);
        var all = set.Horizontals.Concat(set.Verticals).ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var t = RulingSet.Tolerance + 1;
        var hCount = set.Horizontals.Count;
        for (var i = 0; i < hCount; i++)
        {
            var h = all[i];
            for (var j = hCount; j < all.Count; j++)
            {
                var v = all[j];
                if (v.X0 >= h.X0 - t && v.X0 <= h.X1 + t && h.Y0 >= v.Y0 - t && h.Y0 <= v.Y1 + t)
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        var regions = new List<TableRegion>();
        foreach (var group in Enumerable.Range(0, all.Count).GroupBy(Find))
        {
            var members = group.Select(i => all[i]).ToList();
            var hs = members.Count(r => r.Y0 == r.Y1 && r.X1 > r.X0);
            var vs = members.Count - hs;
            if (hs < 2 || vs < 2)
            {
                continue;
            }

            var box = new Box(members.Min(r => r.X0), members.Min(r => r.Y0), members.Max(r => r.X1), members.Max(r => r.Y1));
            if (box.Width < 20 || box.Height < 8)
            {
                continue;
            }

            regions.Add(new TableRegion(page.PageNumber, box, members, TableMethod.Lattice));
        }

        return regions;
    }
}
