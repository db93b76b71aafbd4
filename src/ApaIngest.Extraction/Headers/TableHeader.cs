namespace ApaIngest.Extraction.Headers;

/// <summary>
/// A table's header as mapped: how many rows it takes, each column's assignment, and what could not be placed.
/// <see cref="Labels"/> keeps each column's header text for reports.
/// </summary>
public sealed record TableHeader(int RowCount, IReadOnlyList<ColumnAssignment> Columns, IReadOnlyList<string> Labels, IReadOnlyList<string> Problems)
{
    public bool IsEmpty => RowCount == 0;

    public int IndexOf(ColumnRole role)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Role == role)
            {
                return i;
            }
        }

        return -1;
    }

    public IEnumerable<int> IndicesOf(ColumnRole role) =>
        Enumerable.Range(0, Columns.Count).Where(i => Columns[i].Role == role);

    public bool Has(ColumnRole role) => IndexOf(role) >= 0;

    /// <summary>The same header for a continuation table without its own header rows.</summary>
    public TableHeader AsContinuation() => this with { RowCount = 0, Problems = [] };
}
