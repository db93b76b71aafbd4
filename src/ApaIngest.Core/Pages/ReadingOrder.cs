namespace ApaIngest.Core.Pages;

/// <summary>A line of words in reading order (left to right) with the box around them.</summary>
public sealed record ReadingLine(IReadOnlyList<Word> Words, Box Box)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));
}

/// <summary>
/// Words → lines → text in reading order: words whose vertical extents overlap by at least half the smaller height share
/// a line (Bangla words differ in height with their marks, so centres alone misgroup); lines top to bottom, words left to
/// right. <see cref="Text(PageContent)"/> also uses the page's rulings: words enclosed by ruled cell borders are read cell by
/// cell (a wrapped cell stays together), and the cells that start at the same height form one line, left to right.
/// </summary>
public static class ReadingOrder
{
    private const double MinOverlap = 0.5;

    public static IReadOnlyList<ReadingLine> Lines(IReadOnlyList<Word> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lines = new List<(List<Word> Words, Box Box)>();
        foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderBy(w => w.Box.Y0).ThenBy(w => w.Box.X0))
        {
            var best = -1;
            var bestOverlap = 0.0;
            // Only the last few lines can overlap a word that starts lower than all of them started.
            for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 4; i--)
            {
                var overlap = OverlapShare(lines[i].Box, word.Box);
                if (overlap >= MinOverlap && overlap > bestOverlap)
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }

            if (best < 0)
            {
                lines.Add(([word], word.Box));
            }
            else
            {
                var line = lines[best];
                line.Words.Add(word);
                lines[best] = (line.Words, CoreBox(line.Box, word.Box));
            }
        }

        return lines
            .Select(l => new ReadingLine(l.Words.OrderBy(w => w.Box.X0).ToList(), l.Words.Select(w => w.Box).Aggregate((a, b) => a.Union(b))))
            .OrderBy(l => l.Box.CenterY)
            .ToList();
    }

    /// <summary>The page's text, lines joined with '\n': ruled table rows one line each (cells left to right, each cell's
    /// words in their own reading order), other words by <see cref="Lines"/>.</summary>
    public static string Text(PageContent page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var cells = RuledCells.Assign(page.Words, page.Rulings);

        // A cell alone at its height is a frame or a banner, not a table row: its words are read as lines.
        var rowsWithOneCell = cells.Values.Distinct().GroupBy(c => Math.Round(c.Y0)).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
        foreach (var word in cells.Where(kv => rowsWithOneCell.Contains(Math.Round(kv.Value.Y0))).Select(kv => kv.Key).ToList())
        {
            cells.Remove(word);
        }
        var blocks = new List<(double Y, double X, string Text)>();
        foreach (var line in Lines(page.Words.Where(w => !cells.ContainsKey(w)).ToList()))
        {
            blocks.Add((line.Box.Y0, line.Box.X0, line.Text));
        }

        foreach (var row in cells.GroupBy(kv => kv.Value, kv => kv.Key).GroupBy(g => Math.Round(g.Key.Y0)))
        {
            var texts = row.OrderBy(cell => cell.Key.X0).Select(cell => JoinWrapped(Lines(cell.ToList()).Select(l => l.Text)));
            blocks.Add((row.Key, row.Min(cell => cell.Key.X0), string.Join(' ', texts)));
        }

        return string.Join('\n', blocks.OrderBy(b => b.Y).ThenBy(b => b.X).Select(b => b.Text));
    }

    /// <summary>A cell's wrapped lines: joined by a space, except after a line ending in '/' or '-' (wrapped there, not at a space).</summary>
    private static string JoinWrapped(IEnumerable<string> lines)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (sb.Length > 0 && sb[^1] is not ('/' or '-'))
            {
                sb.Append(' ');
            }

            sb.Append(line);
        }

        return sb.ToString();
    }

    private static double OverlapShare(Box line, Box word)
    {
        var smaller = Math.Min(line.Height, word.Height);
        if (smaller <= 0)
        {
            return line.Contains(word.CenterX, word.CenterY) || (word.CenterY >= line.Y0 && word.CenterY <= line.Y1) ? 1 : 0;
        }

        return line.OverlapY(word) / smaller;
    }

    /// <summary>The line's vertical band grows only to the extent two words agree on, so one tall word cannot swallow the next line.</summary>
    private static Box CoreBox(Box line, Box word) =>
        new(Math.Min(line.X0, word.X0), Math.Max(line.Y0, Math.Min(word.Y0, line.Y1)), Math.Max(line.X1, word.X1),
            Math.Min(line.Y1, Math.Max(word.Y1, line.Y0)));
}
