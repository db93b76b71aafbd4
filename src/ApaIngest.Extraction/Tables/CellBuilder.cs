using ApaIngest.Core.Pages;
using ApaIngest.Core.Text;
using ApaIngest.Extraction.Layout;

namespace ApaIngest.Extraction.Tables;

/// <summary>Joins a cell's words: lines top to bottom, words left to right, lines joined with a space.</summary>
public static class CellBuilder
{
    /// <param name="padding">the table's cell padding (points), to tell a line filled to the edge from one wrapped at a space.</param>
    public static TableCell Build(int row, int column, int rowSpan, int columnSpan, Box box, IReadOnlyList<Word> words, int pageNumber, double padding = 2)
    {
        var lines = LineBuilder.Build(pageNumber, words).Where(l => l.Text.Length > 0).ToList();
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && !BrokeInsideWord(lines[i - 1], lines[i], box, padding))
            {
                sb.Append(' ');
            }

            sb.Append(lines[i].Text);
        }

        var ordered = lines.SelectMany(l => l.Words).ToList();
        return new TableCell(row, column, rowSpan, columnSpan, sb.ToString().Trim(), ordered, box);
    }

    /// <summary>
    /// A line ends without a space after it when it was broken after a slash or hyphen (a browser's break opportunity inside
    /// "সভা/সেমিনার"), or when one unbroken token fills the cell to its padding: a word too wide for the column, split where it
    /// met the edge ("ক্রমপুঞ্জিভূ|ত", "০.২৩৯৬|১").
    /// </summary>
    private static bool BrokeInsideWord(TextLine previous, TextLine next, Box cell, double padding)
    {
        var text = previous.Text;
        if (char.IsDigit(text[^1]) && char.IsDigit(next.Text[0]) && IsNumeric(text) && IsNumeric(next.Text))
        {
            // A number never holds a space: "০.২৩৯৬|১" is one value the column was too narrow for.
            return true;
        }

        if (text.EndsWith('/') || (text.EndsWith('-') && text.Length > 1))
        {
            return true;
        }

        if (text.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        // One letter left over on its own line ("ক্রমপুঞ্জিভূ|ত"); the lone conjunction ও is a word of its own.
        if (next.Text.Length <= 2 && !next.Text.Contains(' ', StringComparison.Ordinal) && next.Text != "ও" && BanglaText.IsBangla(next.Text[0]))
        {
            return true;
        }

        var slack = cell.Width - previous.Box.Width;
        return slack <= (2 * padding) + (0.6 * Math.Max(4, previous.Box.Height));
    }

    private static bool IsNumeric(string text) => text.All(c => char.IsDigit(c) || c is '.' or ',' or '-' or '/' or '%');
}
