using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;
using ApaIngest.Core.Text;

namespace ApaIngest.Validation;

/// <summary>
/// The target ladder (অসাধারণ → চলতি মানের নিম্নে) is monotone: falling for "more is better", rising for "less is better"
/// and for dates (earlier is better). Equal neighbours are allowed. A cell whose look-alike reading is the only one that
/// makes the ladder monotone (and a percentage at most 100) is corrected; the raw text is kept.
/// </summary>
internal static class LadderRules
{
    public static void Apply(ValidationContext ctx)
    {
        for (var i = 0; i < ctx.Indicators.Count; i++)
        {
            var ind = ctx.Indicators[i];
            var ladder = Ordered(ind.Targets);
            if (ladder.Count(t => !t.Value.IsNull) < 2 || IsAcceptable(ind, ladder.Select(t => t.Value).ToList()))
            {
                continue;
            }

            if (ctx.MayRepair(i) && TryRepair(ctx, i, ladder))
            {
                continue;
            }

            ctx.Report(Severities.Warning, IssueCodes.LadderOrder,
                $"{ValidationContext.Describe(ind)}: targets {string.Join(" / ", ladder.Select(t => t.Value.IsNull ? "-" : t.Value.ToString()))} are not monotone from excellent to poor",
                ctx.PageOf(i), i);
        }
    }

    private static List<TargetValue> Ordered(IReadOnlyList<TargetValue> targets) =>
        targets.OrderBy(t => IndexOfLevel(t.Level)).ToList();

    /// <summary>A target level's place on the ladder (excellent first); unknown levels last.</summary>
    internal static int IndexOfLevel(string level)
    {
        var i = TargetLevels.All.ToList().IndexOf(level);
        return i < 0 ? int.MaxValue : i;
    }

    /// <summary>Monotone in either direction over the non-null cells, and no percentage above 100.</summary>
    internal static bool IsAcceptable(Indicator ind, IReadOnlyList<CellValue> values)
    {
        var present = values.Where(v => !v.IsNull).ToList();
        if (ind.Unit == Units.Percent && present.Any(v => v.Number > 100))
        {
            return false;
        }

        var falling = true;
        var rising = true;
        for (var k = 1; k < present.Count; k++)
        {
            var c = Compare(present[k - 1], present[k]);
            if (c is null)
            {
                return true; // a number beside a date: nothing to say about order
            }

            falling &= c >= 0;
            rising &= c <= 0;
        }

        return falling || rising;
    }

    private static int? Compare(CellValue a, CellValue b)
    {
        if (a.Number is { } x && b.Number is { } y)
        {
            return x.CompareTo(y);
        }

        if (a.Text is { } s && b.Text is { } t)
        {
            return string.CompareOrdinal(s, t); // ISO dates order as strings
        }

        return null;
    }

    private static bool TryRepair(ValidationContext ctx, int index, List<TargetValue> ladder)
    {
        var ind = ctx.Indicators[index];
        var candidates = new List<(int Cell, CellValue Value)>();
        for (var k = 0; k < ladder.Count; k++)
        {
            if (ladder[k].Value.IsNull || string.IsNullOrWhiteSpace(ladder[k].Raw))
            {
                continue;
            }

            foreach (var alt in Readings(ladder[k].Raw!, ind))
            {
                var values = ladder.Select((t, j) => j == k ? alt : t.Value).ToList();
                if (IsAcceptable(ind, values) && !candidates.Contains((k, alt)))
                {
                    candidates.Add((k, alt));
                }
            }
        }

        if (candidates.Count != 1)
        {
            return false;
        }

        var (cell, value) = candidates[0];
        var old = ladder[cell];
        var repaired = ind.Targets.Select(t => ReferenceEquals(t, old) ? t with { Value = value } : t).ToList();
        ctx.Indicators[index] = ind with { Targets = repaired };
        ctx.Report(Severities.Info, IssueCodes.LadderRepaired,
            $"{ValidationContext.Describe(ind)} target {old.Level}: raw '{old.Raw}' read as {old.Value} taken as {value}, the only look-alike reading that keeps the ladder monotone",
            ctx.PageOf(index), index);
        return true;
    }

    /// <summary>The values of the look-alike readings of a raw cell, parsed in the indicator's unit.</summary>
    private static IEnumerable<CellValue> Readings(string raw, Indicator ind)
    {
        var ascii = BanglaText.ToAsciiDigits(CellText.Clean(raw));
        var digits = new string(ascii.Where(c => char.IsDigit(c)).ToArray());
        var original = ValueParser.Parse(raw, ind.Unit, ind.UnitScale);
        foreach (var alt in DigitAmbiguity.Alternatives(digits))
        {
            // Put the alternative digits back in place of the original ones (keeping separators, % and the like).
            var chars = ascii.ToCharArray();
            var d = 0;
            for (var c = 0; c < chars.Length && d < alt.Length; c++)
            {
                if (char.IsDigit(chars[c]))
                {
                    chars[c] = alt[d++];
                }
            }

            var value = ValueParser.Parse(new string(chars), ind.Unit, ind.UnitScale);
            if (!value.IsNull && value != original)
            {
                yield return value;
            }
        }
    }
}
