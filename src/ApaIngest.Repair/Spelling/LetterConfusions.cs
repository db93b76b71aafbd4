using System.Globalization;
using System.Text;

namespace ApaIngest.Repair.Spelling;

/// <summary>
/// Letter confusion costs measured on the training OCR pairs (models/repair/letter-confusions.tsv): how often the engine
/// reads one letter or sign as another, drops it, or invents it, whatever cluster it stands in. The cluster table
/// (<see cref="LearnedConfusions"/>) needs a pair seen three times as the same cluster; a letter pair (ছ read as চ) is
/// learned from every cluster it occurs in, so it reaches clusters the training pages hold too rarely.
/// cost = 0.15 + 0.25·(−log10 P), at least <see cref="OcrConfusion.MinCharEdit"/> so that the search's lower bounds hold;
/// the costs are symmetric (the cheaper direction), like the hand-made ones.
/// </summary>
public sealed class LetterConfusions
{
    public const int MinCount = 3;

    /// <summary>
    /// A confusion rarer than one reading in a thousand (cost above this) is not kept: it is noise of the alignment or of a
    /// few pages, and would make random changes (ম → ক) look like OCR errors.
    /// </summary>
    public const double MaxCost = 0.9;

    /// <summary>Words further apart than this many character edits are not aligned (a misalignment would teach noise).</summary>
    public const int MaxWordEdits = 3;

    /// <summary>Stands for "no letter" in the file: a dropped or an invented letter.</summary>
    public const char Nothing = '∅';

    private readonly Dictionary<(char Ocr, char Truth), double> costs;

    private LetterConfusions(Dictionary<(char, char), double> costs) => this.costs = costs;

    public static LetterConfusions Empty { get; } = new([]);

    public int Count => costs.Count;

    /// <summary>The learned cost of reading <paramref name="truth"/> as <paramref name="ocr"/> in either direction (either may be <see cref="Nothing"/>), or NaN.</summary>
    public double Cost(char ocr, char truth)
    {
        var a = costs.TryGetValue((ocr, truth), out var x) ? x : double.NaN;
        var b = costs.TryGetValue((truth, ocr), out var y) ? y : double.NaN;
        return double.IsNaN(a) ? b : double.IsNaN(b) ? a : Math.Min(a, b);
    }

    /// <summary>The learned cost of inserting or deleting <paramref name="c"/> (dropped or invented by the engine), or NaN.</summary>
    public double InsertDelete(char c) => Cost(c, Nothing);

    /// <summary>Every learned pair, for building dense tables.</summary>
    public IEnumerable<(char Ocr, char Truth, double Cost)> Pairs => costs.Select(kv => (kv.Key.Ocr, kv.Key.Truth, kv.Value));

    /// <summary>Counts letter substitutions, drops and inventions over aligned (OCR word, true word) pairs.</summary>
    public static LetterConfusions Learn(IEnumerable<(string Ocr, string Truth)> words)
    {
        var pairCounts = new Dictionary<(char, char), int>();
        var truthCounts = new Dictionary<char, int>();
        var totalTruth = 0;
        foreach (var (ocr, truth) in words)
        {
            foreach (var c in truth)
            {
                truthCounts[c] = truthCounts.GetValueOrDefault(c) + 1;
                totalTruth++;
            }

            if (ocr == truth || Math.Abs(ocr.Length - truth.Length) > MaxWordEdits)
            {
                continue;
            }

            var edits = Edits(ocr, truth);
            if (edits is null)
            {
                continue;
            }

            foreach (var edit in edits)
            {
                pairCounts[edit] = pairCounts.GetValueOrDefault(edit) + 1;
            }
        }

        var result = new Dictionary<(char, char), double>();
        foreach (var ((a, b), n) in pairCounts)
        {
            if (n < MinCount)
            {
                continue;
            }

            var denominator = b == Nothing ? totalTruth : truthCounts.GetValueOrDefault(b, n);
            var p = Math.Min(1, n / (double)Math.Max(1, denominator));
            var cost = Math.Max(LearnedConfusions.CostOf(p), OcrConfusion.MinCharEdit);
            if (cost <= MaxCost)
            {
                result[(a, b)] = cost;
            }
        }

        return new LetterConfusions(result);
    }

    /// <summary>Character-level alignment's edits (identities left out); null when the words are more than <see cref="MaxWordEdits"/> apart.</summary>
    private static List<(char, char)>? Edits(string o, string t)
    {
        var edits = Core.Text.EditAlignment.Backward(o.ToCharArray(), t.ToCharArray(), Nothing).Where(s => s.Read != s.Truth).ToList();
        return edits.Count > MaxWordEdits ? null : edits;
    }

    public static LetterConfusions Read(string path)
    {
        var costs = new Dictionary<(char, char), double>();
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var p = line.Split('\t');
                if (p.Length >= 3 && p[0].Length == 1 && p[1].Length == 1 && double.TryParse(p[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var c))
                {
                    costs[(p[0][0], p[1][0])] = c;
                }
            }
        }

        return new LetterConfusions(costs);
    }

    public void Write(string path)
    {
        var sb = new StringBuilder("ocr\ttruth\tcost\n");
        foreach (var ((a, b), c) in costs.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2))
        {
            sb.Append(a).Append('\t').Append(b).Append('\t').Append(c.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        }

        Core.AtomicFile.WriteAllText(path, sb.ToString());
    }
}
