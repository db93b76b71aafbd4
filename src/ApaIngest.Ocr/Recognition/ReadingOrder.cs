using ApaIngest.Ocr.Engine;

namespace ApaIngest.Ocr.Recognition;

/// <summary>Groups words into text lines (vertical overlap with the line's running band) and orders them top-down, left-right.</summary>
public static class ReadingOrder
{
    public static IReadOnlyList<IReadOnlyList<OcrWord>> Lines(IEnumerable<OcrWord> words)
    {
        var lines = new List<(double Top, double Bottom, List<OcrWord> Words)>();
        foreach (var word in words.OrderBy(w => w.Box.CenterY))
        {
            var index = lines.FindIndex(l => word.Box.CenterY >= l.Top && word.Box.CenterY <= l.Bottom);
            if (index < 0)
            {
                lines.Add((word.Box.Y, word.Box.Bottom, [word]));
                continue;
            }

            var line = lines[index];
            line.Words.Add(word);
            // The band follows the line's median-ish extent: the mean of its words' tops and bottoms.
            lines[index] = (line.Words.Average(w => (double)w.Box.Y), line.Words.Average(w => (double)w.Box.Bottom), line.Words);
        }

        return lines.OrderBy(l => l.Top)
            .Select(l => (IReadOnlyList<OcrWord>)l.Words.OrderBy(w => w.Box.X).ToList())
            .ToList();
    }

    public static string Text(IEnumerable<OcrWord> words) =>
        string.Join("\n", Lines(words).Select(line => string.Join(" ", line.Select(w => w.Text))));
}
