using ApaIngest.Core.Text;

namespace ApaIngest.Validation.Misreadings;

/// <summary>
/// The likeliest true texts of a recognised numeric cell: every character replaced by what it stood for in training
/// (<see cref="CellConfusions"/>), readings multiplied out and pruned to a beam. A character never seen in training
/// leaves the cell without readings (no guessing), except Bangla digits and separators, which stand for themselves.
/// </summary>
public static class CellReadings
{
    private const string Separators = ".,%-/:";

    public static IReadOnlyList<CellReading> Of(string text, CellConfusions confusions, int beam = 64, double minCharProbability = 0.02)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(confusions);
        var partial = new Dictionary<string, double>(StringComparer.Ordinal) { [string.Empty] = 1 };
        foreach (var c in text)
        {
            var options = Options(c, confusions, minCharProbability);
            if (options.Count == 0)
            {
                return [];
            }

            var next = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (prefix, p) in partial)
            {
                foreach (var (truth, q) in options)
                {
                    var key = truth == '\0' ? prefix : prefix + truth;
                    next[key] = next.GetValueOrDefault(key) + (p * q);
                }
            }

            partial = next.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(beam)
                .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        }

        return partial.Where(kv => kv.Key.Length > 0)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new CellReading(kv.Key, kv.Value))
            .ToList();
    }

    private static List<(char Truth, double P)> Options(char c, CellConfusions confusions, double min)
    {
        var learned = confusions.Of(c).Where(x => x.Probability >= min).Select(x => (x.Truth, x.Probability)).ToList();
        if (learned.Count > 0)
        {
            return learned;
        }

        if (BanglaText.IsBanglaDigit(c) || Separators.Contains(c))
        {
            return [(c, 1.0)];
        }

        return char.IsWhiteSpace(c) ? [('\0', 1.0)] : [];
    }
}
