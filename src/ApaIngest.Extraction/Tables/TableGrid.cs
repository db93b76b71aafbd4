using ApaIngest.Core.Pages;

namespace ApaIngest.Extraction.Tables;

/// <summary>How a table's cells were found: from drawn rulings (lattice) or from word alignment (stream).</summary>
public enum TableMethod
{
    Lattice,
    Stream,
}

/// <summary>
/// A table on one page: column and row edges (points, top-left origin) and its cells. Every grid position is covered by
/// exactly one cell; a merged cell covers several (row/column spans).
/// </summary>
public sealed record TableGrid(int PageNumber, Box Box, IReadOnlyList<double> ColumnEdges, IReadOnlyList<double> RowEdges,
    IReadOnlyList<TableCell> Cells, TableMethod Method)
{
    private TableCell?[,]? index;

    public int RowCount => RowEdges.Count - 1;
    public int ColumnCount => ColumnEdges.Count - 1;

    /// <summary>The cell covering a grid position (the same merged cell for every position it spans).</summary>
    public TableCell? At(int row, int column)
    {
        if (index is null)
        {
            var built = new TableCell?[RowCount, ColumnCount];
            foreach (var cell in Cells)
            {
                for (var r = cell.Row; r < cell.Row + cell.RowSpan && r < RowCount; r++)
                {
                    for (var c = cell.Column; c < cell.Column + cell.ColumnSpan && c < ColumnCount; c++)
                    {
                        built[r, c] = cell;
                    }
                }
            }

            index = built;
        }

        return row < 0 || column < 0 || row >= RowCount || column >= ColumnCount ? null : index[row, column];
    }

    /// <summary>The distinct cells of a row, left to right (merged cells starting above included).</summary>
    public IReadOnlyList<TableCell> RowCells(int row)
    {
        var list = new List<TableCell>();
        for (var c = 0; c < ColumnCount; c++)
        {
            var cell = At(row, c);
            if (cell is not null && (list.Count == 0 || !ReferenceEquals(list[^1], cell)))
            {
                list.Add(cell);
            }
        }

        return list;
    }

    public string Text(int row, int column) => At(row, column)?.Text ?? "";
}
