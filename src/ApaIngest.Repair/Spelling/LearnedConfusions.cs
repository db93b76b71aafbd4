using System.Globalization;
using System.Text;

namespace ApaIngest.Repair.Spelling;

/// <summary>
/// Cluster confusion costs measured on the training OCR pairs (models/repair/confusions.tsv): how often the engine reads
/// true cluster b as a (or drops b, or invents a). cost = 0.15 + 0.25·(−log10 P(a|b)), so a confusion seen one time in ten
/// costs 0.4 and a rare one approaches a full edit. Only pairs seen at least <see cref="MinCount"/> times are kept.
/// </summary>
public sealed class LearnedConfusions
{
    public const int MinCount = 3;
    public const string Nothing = "∅";

    private readonly Dictionary<(string Ocr, string Truth), double> costs;

    private LearnedConfusions(Dictionary<(string, string), double> costs)
    {
        this.costs = costs;
        MinCost = costs.Count == 0 ? double.PositiveInfinity : costs.Values.Min();
    }

    public int Count => costs.Count;

    /// <summary>The cheapest learned confusion (+∞ when none).</summary>
    public double MinCost { get; }

    /// <summary>Learned cost of reading <paramref name="truth"/> as <paramref name="ocr"/> (either may be <see cref="Nothing"/>), or NaN.</summary>
    public double Cost(string ocr, string truth) => costs.TryGetValue((ocr, truth), out var c) ? c : double.NaN;

    /// <summary>Counts cluster substitutions, drops and insertions over aligned (OCR word, true word) pairs.</summary>
    public static LearnedConfusions Learn(IEnumerable<(string Ocr, string Truth)> words)
    {
        var pairCounts = new Dictionary<(string, string), int>();
        var truthCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var totalTruth = 0;
        foreach (var (ocrWord, truthWord) in words)
        {
            var o = BanglaClusters.Split(ocrWord);
            var t = BanglaClusters.Split(truthWord);
            foreach (var c in t)
            {
                truthCounts[c] = truthCounts.GetValueOrDefault(c) + 1;
                totalTruth++;
            }

            if (ocrWord == truthWord || Math.Abs(o.Length - t.Length) > 2)
            {
                continue;
            }

            foreach (var edit in Edits(o, t))
            {
                pairCounts[edit] = pairCounts.GetValueOrDefault(edit) + 1;
            }
        }

        var costs = new Dictionary<(string, string), double>();
        foreach (var ((a, b), n) in pairCounts)
        {
            if (n < MinCount)
            {
                continue;
            }

            var denominator = b == Nothing ? totalTruth : truthCounts.GetValueOrDefault(b, n);
            var p = Math.Min(1, n / (double)Math.Max(1, denominator));
            costs[(a, b)] = Math.Clamp(CostOf(p), 0.15, 1.0);
        }

        return new LearnedConfusions(costs);
    }

    /// <summary>Cluster-level alignment's edits (identities left out).</summary>
    private static IEnumerable<(string, string)> Edits(string[] o, string[] t) =>
        Core.Text.EditAlignment.Backward(o, t, Nothing).Where(s => s.Read != s.Truth);

    /// <summary>The cost of a confusion the engine makes with probability <paramref name="p"/>: 0.15 + 0.25·(−log10 p).</summary>
    public static double CostOf(double p) => 0.15 + (0.25 * -Math.Log10(p));

    public static LearnedConfusions Empty { get; } = new(new Dictionary<(string, string), double>());

    public static LearnedConfusions Read(string path)
    {
        var costs = new Dictionary<(string, string), double>();
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var p = line.Split('\t');
                if (p.Length >= 3 && double.TryParse(p[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var c))
                {
                    costs[(p[0], p[1])] = c;
                }
            }
        }

        return new LearnedConfusions(costs);
    }

    public void Write(string path)
    {
        var sb = new StringBuilder("ocr\ttruth\tcost\n");
        foreach (var ((a, b), c) in costs.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal))
        {
            sb.Append(a).Append('\t').Append(b).Append('\t').Append(c.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        }

        Core.AtomicFile.WriteAllText(path, sb.ToString());
    }
}
