using System.Globalization;
using System.Text;
using ApaIngest.Core.Pages;
using ApaIngest.Core.Text;

namespace ApaIngest.Extraction.Layout;

/// <summary>Groups words into visual lines and joins them into text without splitting Bangla marks from their base.</summary>
public static class LineBuilder
{
    /// <summary>Lines top to bottom; a word joins the line it overlaps vertically by at least half of the smaller height.</summary>
    public static IReadOnlyList<TextLine> Build(int pageNumber, IEnumerable<Word> words)
    {
        var lines = new List<List<Word>>();
        var boxes = new List<Box>();
        foreach (var word in words.OrderBy(w => w.Box.CenterY).ThenBy(w => w.Box.X0))
        {
            var placed = false;
            for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 3; i--)
            {
                var overlap = boxes[i].OverlapY(word.Box);
                var minHeight = Math.Max(0.5, Math.Min(boxes[i].Height, word.Box.Height));
                if (overlap >= 0.5 * minHeight)
                {
                    lines[i].Add(word);
                    boxes[i] = boxes[i].Union(word.Box);
                    placed = true;
                    break;
                }
            }

            if (!placed)
            {
                lines.Add([word]);
                boxes.Add(word.Box);
            }
        }

        var result = new List<TextLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var ordered = lines[i].OrderBy(w => w.Box.X0).ToList();
            result.Add(new TextLine(pageNumber, ordered, Join(ordered), boxes[i]));
        }

        return result.OrderBy(l => l.Box.Y0).ThenBy(l => l.Box.X0).ToList();
    }

    /// <summary>
    /// Joins words of one line left to right. No space goes before a word that starts with a combining mark (a vowel sign
    /// or hasanta split off by OCR or by a text layer's glyph runs) or when the gap is far below a space's width.
    /// </summary>
    public static string Join(IReadOnlyList<Word> ordered)
    {
        var sb = new StringBuilder();
        Word? previous = null;
        foreach (var word in ordered)
        {
            var text = word.Text;
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (previous is not null)
            {
                var gap = word.Box.X0 - previous.Box.X1;
                var height = Math.Max(1, Math.Min(word.Box.Height, previous.Box.Height));
                // OCR gives whole words: only a split-off mark or danda joins; text-layer glyph runs also join across a hairline gap.
                var ocr = word.Origin == WordOrigin.Ocr && previous.Origin == WordOrigin.Ocr;
                var glued = StartsWithMark(text) || text[0] is '।' or '॥' || EndsWithJoiner(previous.Text) || (!ocr && gap < 0.08 * height);
                if (!glued)
                {
                    sb.Append(' ');
                }
            }

            sb.Append(text);
            previous = word;
        }

        return BanglaText.Normalize(sb.ToString());
    }

    public static bool StartsWithMark(string text)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, 0);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool EndsWithJoiner(string text) => text.Length > 0 && text[^1] is '\u09CD' or '\u200C' or '\u200D';
}
