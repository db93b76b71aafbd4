using ApaIngest.Core.Pages;
using ApaIngest.Extraction.Tables;

namespace ApaIngest.Extraction.Sections;

/// <summary>Read access to one table row: a cell's text counts only on the row where the cell starts (rowspans carry separately).</summary>
public sealed class RowCells(TableGrid grid, int row)
{
    public TableGrid Grid => grid;
    public int Row => row;

    public TableCell? Fresh(int column)
    {
        if (column < 0)
        {
            return null;
        }

        var cell = grid.At(row, column);
        return cell is not null && cell.Row == row && cell.Column == column ? cell : null;
    }

    public string Text(int column) => Fresh(column)?.Text ?? "";

    public Box Box => new(grid.ColumnEdges[0], grid.RowEdges[row], grid.ColumnEdges[^1], grid.RowEdges[row + 1]);

    public double MinConfidence
    {
        get
        {
            var min = 1.0;
            foreach (var cell in grid.RowCells(row))
            {
                if (cell.Row == row)
                {
                    min = Math.Min(min, cell.MinConfidence);
                }
            }

            return min;
        }
    }

    public bool AnyText(IEnumerable<int> columns) => columns.Any(c => Text(c).Length > 0);
}
