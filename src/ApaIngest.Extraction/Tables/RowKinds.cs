using System.Text.RegularExpressions;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;
using ApaIngest.Core.Text;
using ApaIngest.Extraction.Codes;
using ApaIngest.Extraction.Headers;

namespace ApaIngest.Extraction.Tables;

/// <summary>What a table row is: column numbers (১ ২ ৩ ...), ladder percentages, a group band, header text or data.</summary>
public static partial class RowKinds
{
    [GeneratedRegex(@"^\d{1,4}(?:[.,]\d+)?$")]
    private static partial Regex PlainNumber();

    public static bool IsPlainNumber(string text) => PlainNumber().IsMatch(BanglaText.ToAsciiDigits(CellText.Clean(text)).Trim());

    /// <summary>
    /// The column-number row under a header (১ ২ ৩ ... one number per column): at least three cells, all small integers
    /// increasing from 1 or 2; or, when OCR misreads some of them ("&amp;" for ৫, "v" for ৬), a row of short cells most of
    /// which hold their own column's number (see <see cref="IsDamagedColumnNumbers"/>).
    /// </summary>
    public static IReadOnlyDictionary<int, int>? ColumnNumbers(TableGrid grid, int row) =>
        ExactColumnNumbers(grid, row) ?? DamagedColumnNumbers(grid, row);

    private static Dictionary<int, int>? ExactColumnNumbers(TableGrid grid, int row)
    {
        var numbers = new Dictionary<int, int>();
        var nonEmpty = 0;
        var last = 0;
        foreach (var cell in grid.RowCells(row))
        {
            if (cell.IsEmpty)
            {
                continue;
            }

            nonEmpty++;
            if (CellNumber(cell) is not { } n || n <= last || n > 40)
            {
                return null;
            }

            if (numbers.Count == 0 && n > 2)
            {
                return null;
            }

            last = n;
            for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
            {
                numbers[c] = n;
            }
        }

        return nonEmpty >= 3 ? numbers : null;
    }

    /// <summary>A cell read as a whole number ("৩", "3.", "৩)"), or null.</summary>
    private static int? CellNumber(TableCell cell) =>
        int.TryParse(BanglaText.ToAsciiDigits(CellText.Clean(cell.Text)).Trim().TrimEnd('.', ')'), out var n) ? n : null;

    /// <summary>
    /// A column-number row with OCR damage: every non-empty cell is short (a number, or a misread one), and at least
    /// five and half of them hold the number of their column (column + a constant offset: the same offset for all, since
    /// the numbers run 1..N across the table), or, where the grid lost columns, at least five and 70 % of them are
    /// numbers rising from 1-4 one cell after another. A data row never does: its targets fall from excellent to poor,
    /// and its name and code cells are long.
    /// </summary>
    public static bool IsDamagedColumnNumbers(TableGrid grid, int row) => DamagedColumnNumbers(grid, row) is not null;

    /// <summary>The numbers a damaged column-number row stands for (column + the agreeing offset), or null.</summary>
    private static Dictionary<int, int>? DamagedColumnNumbers(TableGrid grid, int row)
    {
        var cells = grid.RowCells(row).Where(c => c.Row == row && !c.IsEmpty).ToList();
        if (cells.Count < 5 || cells.Any(c => CellText.Clean(c.Text).Trim().Length > 4))
        {
            return null;
        }

        var offsets = new Dictionary<int, int>();
        var parsed = new List<(int Number, int Column)>();
        foreach (var cell in cells)
        {
            if (CellNumber(cell) is { } n && n is >= 1 and <= 40)
            {
                parsed.Add((n, cell.Column));
                var offset = n - cell.Column;
                offsets[offset] = offsets.GetValueOrDefault(offset) + 1;
            }
        }

        if (offsets.Count == 0)
        {
            return null;
        }

        var (best, agreeing) = offsets.MaxBy(o => o.Value);
        var aligned = agreeing >= 5 && agreeing >= 0.5 * cells.Count;

        // A table whose grid lost or merged columns (another page's layout): the numbers still run up, one per cell.
        var increasing = parsed.Count >= 5 && parsed.Count >= 0.7 * cells.Count && parsed[0].Number <= 4
            && parsed.Zip(parsed.Skip(1)).All(p => p.Second.Number > p.First.Number);
        if (!aligned && !increasing)
        {
            return null;
        }

        if (!aligned)
        {
            best = parsed[0].Number - parsed[0].Column;
        }

        var numbers = new Dictionary<int, int>();
        foreach (var cell in cells)
        {
            for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
            {
                numbers[c] = c + best;
            }
        }

        return numbers;
    }

    /// <summary>The ladder's percentage row ("১০০% ৯০% ৮০% ৭০% ৬০%") of a section 3 header.</summary>
    public static bool IsPercentRow(TableGrid grid, int row)
    {
        var cells = grid.RowCells(row).Where(c => !c.IsEmpty).ToList();
        return cells.Count >= 2 && cells.All(c => c.Text.Contains('%', StringComparison.Ordinal) && c.Text.Length <= 12);
    }

    /// <summary>
    /// The band rows of section 3: "এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র" (office) and
    /// "সুশাসন ও সংস্কারমূলক কর্মসম্পাদনের ক্ষেত্র" (governance), a single text across the table.
    /// </summary>
    public static string? BandGroup(TableGrid grid, int row)
    {
        var cells = grid.RowCells(row).Where(c => !c.IsEmpty).ToList();
        if (cells.Count != 1 || cells[0].Row != row)
        {
            return null;
        }

        var cell = cells[0];
        var spansWide = cell.ColumnSpan >= Math.Max(2, grid.ColumnCount / 2);
        var soleInRow = grid.RowCells(row).Count(c => c.Row == row) >= 1;
        return BandText(cell.Text, spansWide || soleInRow);
    }

    public static string? BandText(string text, bool wide)
    {
        var w = new HeaderWords(text);
        if (CodeSplitter.Split(text).Code is not null || w.Tokens.Count > 8)
        {
            return null;
        }

        // Older templates (2015-16 to 2018-19): "কৌশলগত উদ্দেশ্যসমূহ" bands the office's, "আবশ্যিক কৌশলগত উদ্দেশ্যসমূহ" the mandatory ones.
        if (w.Has("কৌশলগত") && w.Has("উদ্দেশ্যসমূহ"))
        {
            return !wide ? null : w.Has("আবশ্যিক") ? Groups.Governance : Groups.Office;
        }

        if (!w.Has("ক্ষেত্র"))
        {
            return null;
        }

        if (w.Has("সুশাসন") || w.Has("সংস্কারমূলক"))
        {
            return wide ? Groups.Governance : null;
        }

        if (w.Has("স্বাক্ষরকারী") || w.Has("এপিএ") || w.Has("অফিসের"))
        {
            return wide ? Groups.Office : null;
        }

        return null;
    }

    /// <summary>A row that carries data: a code of an activity or indicator, or a number outside a column-number row.</summary>
    public static bool IsDataRow(TableGrid grid, int row)
    {
        if (ColumnNumbers(grid, row) is not null || IsPercentRow(grid, row))
        {
            return false;
        }

        foreach (var cell in grid.RowCells(row))
        {
            if (cell.Row != row || cell.IsEmpty)
            {
                continue;
            }

            var coded = CodeSplitter.Split(cell.Text);
            if (coded.Code is not null && (coded.Depth >= 2 || coded.Text.Length > 0))
            {
                return true;
            }

            if (IsPlainNumber(cell.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A repeated header row in the middle of a table (several cells naming columns, no codes, no numbers).</summary>
    public static bool IsHeaderLike(TableGrid grid, int row)
    {
        if (ColumnNumbers(grid, row) is not null || IsPercentRow(grid, row))
        {
            return true;
        }

        if (IsDataRow(grid, row))
        {
            return false;
        }

        var named = grid.RowCells(row).Count(c => !c.IsEmpty && HeaderClassifier.Classify(c.Text).Role != ColumnRole.Unknown);
        return named >= 2;
    }
}
