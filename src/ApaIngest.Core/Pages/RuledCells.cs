namespace ApaIngest.Core.Pages;

/// <summary>
/// Finds, for each word, the ruled cell around it: the nearest horizontal rulings above and below its centre that span
/// its centre's x, and the nearest vertical rulings left and right that span its centre's y. Words without all four
/// borders are not in a ruled cell.
/// </summary>
internal static class RuledCells
{
    private const double Tolerance = 1.5;

    public static Dictionary<Word, Box> Assign(IReadOnlyList<Word> words, IReadOnlyList<Ruling> rulings)
    {
        var result = new Dictionary<Word, Box>(ReferenceEqualityComparer.Instance);
        if (rulings.Count < 4)
        {
            return result;
        }

        var horizontal = rulings.Where(r => r.IsHorizontal).ToList();
        var vertical = rulings.Where(r => r.IsVertical).ToList();
        foreach (var word in words)
        {
            var (x, y) = (word.Box.CenterX, word.Box.CenterY);
            double? top = null, bottom = null, left = null, right = null;
            foreach (var h in horizontal)
            {
                if (x < Math.Min(h.X0, h.X1) - Tolerance || x > Math.Max(h.X0, h.X1) + Tolerance)
                {
                    continue;
                }

                var hy = (h.Y0 + h.Y1) / 2;
                if (hy <= y && (top is null || hy > top))
                {
                    top = hy;
                }
                else if (hy > y && (bottom is null || hy < bottom))
                {
                    bottom = hy;
                }
            }

            if (top is null || bottom is null)
            {
                continue;
            }

            foreach (var v in vertical)
            {
                if (y < Math.Min(v.Y0, v.Y1) - Tolerance || y > Math.Max(v.Y0, v.Y1) + Tolerance)
                {
                    continue;
                }

                var vx = (v.X0 + v.X1) / 2;
                if (vx <= x && (left is null || vx > left))
                {
                    left = vx;
                }
                else if (vx > x && (right is null || vx < right))
                {
                    right = vx;
                }
            }

            if (left is not null && right is not null)
            {
                result[word] = new Box(Math.Round(left.Value, 1), Math.Round(top.Value, 1), Math.Round(right.Value, 1), Math.Round(bottom.Value, 1));
            }
        }

        return result;
    }
}
