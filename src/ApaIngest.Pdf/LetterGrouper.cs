using System.Globalization;
using System.Text;
using ApaIngest.Core.Pages;
using UglyToad.PdfPig.Content;
using Word = ApaIngest.Core.Pages.Word;

namespace ApaIngest.Pdf;

/// <summary>
/// Groups PdfPig letters (content-stream order) into words. A new word starts at a space, at a horizontal gap wider than a
/// quarter of the font size, at a jump back or a baseline change; a combining mark (Bangla vowel signs, hasanta, ং ঃ ঁ)
/// never starts a word, whatever its box says, because layers place marks with zero or negative advance.
/// </summary>
internal static class LetterGrouper
{
    private const double GapEm = 0.25;
    private const double BaselineEm = 0.5;

    public static List<Word> Group(IReadOnlyList<Letter> letters, PageFrame frame, WordOrigin origin)
    {
        var words = new List<Word>();
        var current = new List<Letter>();
        double right = 0;
        double baseline = 0;
        foreach (var letter in letters)
        {
            var value = letter.Value ?? string.Empty;
            if (value.Length == 0)
            {
                // A glyph whose text was given by an ActualText span on a neighbour: part of the current word.
                if (current.Count > 0)
                {
                    right = Math.Max(right, letter.EndBaseLine.X);
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                Flush();
                continue;
            }

            var size = Math.Max(letter.PointSize, 1);
            var rect = letter.BoundingBox;
            if (current.Count > 0)
            {
                var combining = IsCombining(value[0]);
                var baselineJump = Math.Abs(letter.StartBaseLine.Y - baseline) > BaselineEm * size;
                var gap = rect.Left - right;
                if (baselineJump || (!combining && (gap > GapEm * size || gap < -2 * size)))
                {
                    Flush();
                }
            }

            if (current.Count == 0)
            {
                baseline = letter.StartBaseLine.Y;
                right = rect.Right;
            }

            current.Add(letter);
            right = Math.Max(right, Math.Max(rect.Right, letter.EndBaseLine.X));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            var sb = new StringBuilder();
            Box? box = null;
            foreach (var l in current)
            {
                sb.Append(l.Value);
                var b = frame.ToBox(l.BoundingBox);
                if (b.Width > 0 || b.Height > 0)
                {
                    box = box is null ? b : box.Value.Union(b);
                }
            }

            box ??= frame.ToBox(current[0].BoundingBox);
            var first = current[0];
            var text = sb.ToString();
            words.Add(new Word(text, box.Value)
            {
                RawText = text,
                FontName = Repair.TextLayer.LegacyFonts.StripSubsetPrefix(MostCommonFont(current)),
                FontSize = Math.Round(first.PointSize, 2),
                Origin = origin,
            });
            current.Clear();
        }
    }

    private static string? MostCommonFont(List<Letter> letters) =>
        letters.GroupBy(l => l.FontName).OrderByDescending(g => g.Count()).First().Key;

    private static bool IsCombining(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            || c is '\u200C' or '\u200D';
    }
}
