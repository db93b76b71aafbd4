using System.Globalization;
using System.Text;

namespace ApaIngest.Validation.Misreadings;

/// <summary>
/// What a character recognised in a numeric cell stands for: a table learned by aligning the OCR reading of numeric cells
/// with their true text (<c>apa train digits</c>, models/digits/). Scanned Bangla tables come back with Latin look-alikes
/// (R for ২, O for ০, 8 for ৪, co for ৫৮) and stray marks; the table turns each into the true characters it stood for,
/// each with its observed probability.
/// </summary>
public sealed class CellConfusions
{
    public const string RelativePath = "models/digits/confusions.tsv";

    private readonly Dictionary<char, IReadOnlyList<CharConfusion>> byRead;

    public CellConfusions(IEnumerable<CharConfusion> confusions)
    {
        ArgumentNullException.ThrowIfNull(confusions);
        byRead = confusions
            .GroupBy(c => c.Read)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CharConfusion>)g.OrderByDescending(c => c.Probability).ThenBy(c => c.Truth).ToList());
    }

    public IEnumerable<CharConfusion> All => byRead.Values.SelectMany(v => v);

    /// <summary>What <paramref name="read"/> stood for, most likely first; empty when the character was never seen in training.</summary>
    public IReadOnlyList<CharConfusion> Of(char read) => byRead.TryGetValue(read, out var list) ? list : [];

    /// <summary>
    /// Counts, over aligned (recognised, true) cell texts, what each recognised character was; characters seen fewer than
    /// <paramref name="minCount"/> times as a given truth are dropped as noise. Pairs whose lengths differ by more than half
    /// the true length are not misreadings of the same text (a value from another cell, two cells run together) and are
    /// skipped; every character of a pair may differ (RR for ২২ is one misreading per glyph).
    /// </summary>
    public static CellConfusions Learn(IEnumerable<(string Read, string Truth)> pairs, int minCount = 2)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var counts = new Dictionary<(char Read, char Truth), int>();
        foreach (var (read, truth) in pairs)
        {
            if (read.Length == 0 || truth.Length == 0 || Math.Abs(read.Length - truth.Length) * 2 > truth.Length)
            {
                continue;
            }

            foreach (var step in CharAlignment.Align(read, truth).Where(s => s.Read != '\0'))
            {
                counts[(step.Read, step.Truth)] = counts.GetValueOrDefault((step.Read, step.Truth)) + 1;
            }
        }

        var totals = counts.GroupBy(kv => kv.Key.Read).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
        return new CellConfusions(counts
            .Where(kv => kv.Value >= minCount)
            .Select(kv => new CharConfusion(kv.Key.Read, kv.Key.Truth, kv.Value, (double)kv.Value / totals[kv.Key.Read])));
    }

    public static CellConfusions Read(string path) => Parse(File.ReadLines(path, Encoding.UTF8));

    /// <summary>Lines of <c>read truth count probability [glyphs]</c>, characters as U+XXXX (truth '-' = dropped); '#' comments.</summary>
    public static CellConfusions Parse(IEnumerable<string> lines)
    {
        var list = new List<CharConfusion>();
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 4)
            {
                throw new FormatException($"confusion table line '{line}': expected read, truth, count, probability");
            }

            list.Add(new CharConfusion(ParseChar(f[0]), f[1] == "-" ? '\0' : ParseChar(f[1]),
                int.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture)));
        }

        return new CellConfusions(list);
    }

    public string ToTsv()
    {
        var sb = new StringBuilder("# read\ttruth\tcount\tP(truth|read)\tglyphs (made by `apa train digits`; do not edit)\n");
        foreach (var c in All.OrderBy(c => c.Read).ThenByDescending(c => c.Count).ThenBy(c => c.Truth))
        {
            sb.Append(Code(c.Read)).Append('\t').Append(c.Truth == '\0' ? "-" : Code(c.Truth)).Append('\t')
                .Append(c.Count.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(c.Probability.ToString("0.####", CultureInfo.InvariantCulture)).Append('\t')
                .Append(Glyph(c.Read)).Append(" → ").Append(c.Truth == '\0' ? "(nothing)" : Glyph(c.Truth)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Code(char c) => $"U+{(int)c:X4}";

    private static string Glyph(char c) => char.IsWhiteSpace(c) || char.IsControl(c) ? $"'{Code(c)}'" : c.ToString();

    private static char ParseChar(string s) =>
        s.StartsWith("U+", StringComparison.Ordinal) && s.Length == 6
            ? (char)int.Parse(s.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : throw new FormatException($"confusion table: '{s}' is not a U+XXXX character");
}
