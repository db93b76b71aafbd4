using ApaIngest.Core.Pages;

namespace ApaIngest.Extraction.Tables;

/// <summary>One cell of a reconstructed table: its grid position and spans, its words and their joined text.</summary>
public sealed record TableCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, IReadOnlyList<Word> Words, Box Box)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
    public bool Covers(int row, int column) =>
        row >= Row && row < Row + RowSpan && column >= Column && column < Column + ColumnSpan;
    public double MinConfidence => Words.Count == 0 ? 1 : Words.Min(w => w.Confidence);
}
