using ApaIngest.Core.Pages;
using ApaIngest.Extraction.Layout;

namespace ApaIngest.Extraction.Tables;

/// <summary>Joins a cell's words: lines top to bottom, words left to right, lines joined with a space.</summary>
public static class CellBuilder
{
    public static TableCell Build(int row, int column, int rowSpan, int columnSpan, Box box, IReadOnlyList<Word> words, int pageNumber)
    {
        var lines = LineBuilder.Build(pageNumber, words);
        var text = string.Join(" ", lines.Select(l => l.Text).Where(t => t.Length > 0));
        var ordered = lines.SelectMany(l => l.Words).ToList();
        return new TableCell(row, column, rowSpan, columnSpan, text.Trim(), ordered, box);
    }
}
