using ApaIngest.Core.Pages;

namespace ApaIngest.Extraction.Tables;

/// <summary>Detection then extraction for one page: every table of the page as a grid, top to bottom.</summary>
public static class TableReader
{
    public static IReadOnlyList<TableGrid> Read(PageContent page) =>
        TableDetector.Detect(page)
            .Select(region => region.Method == TableMethod.Lattice
                ? LatticeTableExtractor.Extract(page, region)
                : StreamTableExtractor.Extract(page, region))
            .Where(g => g.RowCount > 0 && g.ColumnCount > 0)
            .ToList();
}
