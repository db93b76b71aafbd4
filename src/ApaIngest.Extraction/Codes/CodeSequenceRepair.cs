using System.Globalization;

namespace ApaIngest.Extraction.Codes;

/// <summary>
/// Repairs OCR-misread indicator codes from the order they must follow. Section 3 numbers its rows in sequence
/// (area.activity.indicator: each row is the next indicator, the first of the next activity or the first of the next
/// area), and Tesseract's Latin model reads the Bangla digits of "[১.৪.১]" as look-alike Latin digits ("5.8.5":
/// ১→5/9, ৪→8, ৩→0; measured on the corpus scans, docs/accuracy.md). A Viterbi pass over the codes of one group
/// chooses, for every row, either its code as read or a successor of the row before, minimising the cost of replacing
/// read digits (low for look-alikes) plus the cost of each step (free for a successor, a penalty for a gap, a large one
/// for going backwards; a digit that is no look-alike costs more than any gap, so only look-alikes are ever replaced
/// to close a gap). Only rows read by OCR are candidates; text-layer codes are exact and stay as they are.
/// </summary>
public static class CodeSequenceRepair
{
    private const double GapStep = 0.6;
    private const double GapPerSkipped = 0.4;
    private const double MaxGapStep = 1.8;
    private const double BackwardStep = 3.0;
    private const double LookAlikeDigit = 0.35;
    private const double OtherDigit = 2.0;
    private const double OtherLength = 2.5;
    private const int Beam = 12;

    // (read, meant): Latin digits Tesseract outputs for Bangla digits of similar shape.
    private static readonly HashSet<(char Read, char Meant)> LookAlikes = [('5', '1'), ('9', '1'), ('8', '4'), ('0', '3')];

    /// <summary>The codes in reading order, repaired; <paramref name="mayChange"/>[i] false keeps code i as read.</summary>
    public static IReadOnlyList<string> Repair(IReadOnlyList<string> codes, IReadOnlyList<bool> mayChange)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(mayChange.Count, codes.Count);
        var parsed = codes.Select(Parse).ToList();
        var depth = parsed.Where(p => p is not null).GroupBy(p => p!.Length).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var positions = Enumerable.Range(0, codes.Count).Where(i => parsed[i]?.Length == depth && depth >= 2).ToList();
        var result = codes.ToArray();
        if (positions.Count < 2 || !positions.Any(i => mayChange[i]))
        {
            return result;
        }

        var columns = new List<List<State>>();
        foreach (var i in positions)
        {
            var read = parsed[i]!;
            var previous = columns.Count == 0 ? null : columns[^1];
            var candidates = new Dictionary<string, int[]> { [Format(read)] = read };
            if (mayChange[i])
            {
                foreach (var state in previous ?? [])
                {
                    foreach (var next in Successors(state.Code))
                    {
                        candidates.TryAdd(Format(next), next);
                    }
                }

                if (previous is null)
                {
                    var first = Enumerable.Repeat(1, depth).ToArray();
                    candidates.TryAdd(Format(first), first);
                }
            }

            var column = new List<State>();
            foreach (var candidate in candidates.Values)
            {
                var replace = ReplaceCost(read, candidate);
                if (previous is null)
                {
                    column.Add(new State(candidate, replace, -1));
                    continue;
                }

                var best = previous.Select((p, k) => (Cost: p.Cost + StepCost(p.Code, candidate), k)).MinBy(t => t.Cost);
                column.Add(new State(candidate, best.Cost + replace, best.k));
            }

            columns.Add(column.OrderBy(s => s.Cost).Take(Beam).ToList());
        }

        var index = columns[^1].Select((s, k) => (s.Cost, k)).MinBy(t => t.Cost).k;
        for (var c = columns.Count - 1; c >= 0; c--)
        {
            var state = columns[c][index];
            result[positions[c]] = Format(state.Code);
            index = state.Back;
        }

        return result;
    }

    private static IEnumerable<int[]> Successors(int[] code)
    {
        for (var level = code.Length - 1; level >= 0; level--)
        {
            var next = new int[code.Length];
            Array.Copy(code, next, level);
            next[level] = code[level] + 1;
            for (var k = level + 1; k < code.Length; k++)
            {
                next[k] = 1;
            }

            yield return next;
        }
    }

    private static double StepCost(int[] from, int[] to)
    {
        if (Successors(from).Any(s => s.AsSpan().SequenceEqual(to)))
        {
            return 0;
        }

        if (Compare(from, to) >= 0)
        {
            return BackwardStep;
        }

        // the further a gap jumps at its first differing level (4.1.1 → 8.2.9 skips three areas), the less likely it is real
        var level = 0;
        while (from[level] == to[level])
        {
            level++;
        }

        var skipped = to[level] - from[level] - 1;
        return Math.Min(MaxGapStep, GapStep + (GapPerSkipped * Math.Max(0, skipped)));
    }

    private static int Compare(int[] a, int[] b)
    {
        for (var k = 0; k < Math.Min(a.Length, b.Length); k++)
        {
            if (a[k] != b[k])
            {
                return a[k].CompareTo(b[k]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static double ReplaceCost(int[] read, int[] candidate)
    {
        var cost = 0.0;
        for (var k = 0; k < read.Length; k++)
        {
            var r = read[k].ToString(CultureInfo.InvariantCulture);
            var c = candidate[k].ToString(CultureInfo.InvariantCulture);
            if (r == c)
            {
                continue;
            }

            if (r.Length != c.Length)
            {
                cost += OtherLength;
                continue;
            }

            for (var j = 0; j < r.Length; j++)
            {
                cost += r[j] == c[j] ? 0 : LookAlikes.Contains((r[j], c[j])) ? LookAlikeDigit : OtherDigit;
            }
        }

        return cost;
    }

    private static int[]? Parse(string code)
    {
        var parts = code.Split('.');
        var numbers = new int[parts.Length];
        for (var k = 0; k < parts.Length; k++)
        {
            if (!int.TryParse(parts[k], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[k]))
            {
                return null;
            }
        }

        return numbers;
    }

    private static string Format(int[] code) => string.Join('.', code.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    private sealed record State(int[] Code, double Cost, int Back);
}
