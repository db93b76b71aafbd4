namespace ApaIngest.Core.Pages;

/// <summary>A line of words in reading order (left to right) with the box around them.</summary>
public sealed record ReadingLine(IReadOnlyList<Word> Words, Box Box)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));
}

/// <summary>
/// Words → lines → text in reading order: words whose vertical extents overlap by at least half the smaller height share
/// a line (Bangla words differ in height with their marks, so centres alone misgroup); lines top to bottom, words left to
/// right. One column per line: cells of a table row come out as one line, as pdftotext's raw mode gives them.
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

    /// <summary>The page's text: one line of words per <see cref="ReadingLine"/>, lines joined with '\n'.</summary>
    public static string Text(PageContent page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return string.Join('\n', Lines(page.Words).Select(l => l.Text));
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
