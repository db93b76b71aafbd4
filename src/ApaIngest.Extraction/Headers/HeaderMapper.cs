using ApaIngest.Core.Documents;
using ApaIngest.Extraction.Tables;

namespace ApaIngest.Extraction.Headers;

/// <summary>
/// Maps a table's header rows to canonical columns: text first (fuzzy, so garbled headers still match), then the
/// column-number row (১ ২ ৩ ...) against the known templates for columns the text could not place. A column that neither
/// places is reported, not guessed.
/// </summary>
public static class HeaderMapper
{
    private const int MaxHeaderRows = 6;

    // Section 3 column orders by template: with the calculation column (2019-20 on) and without (older), 5 or 4 levels.
    private static readonly ColumnRole[][] Templates =
    [
        Template(calculation: true, levels: 5),
        Template(calculation: true, levels: 4),
        Template(calculation: false, levels: 5),
        Template(calculation: false, levels: 4),
    ];

    public static int HeaderRowCount(TableGrid grid)
    {
        var end = 0;
        for (var r = 0; r < Math.Min(grid.RowCount, MaxHeaderRows); r++)
        {
            if (RowKinds.BandGroup(grid, r) is not null || RowKinds.IsDataRow(grid, r))
            {
                break;
            }

            end = r + 1;
        }

        // A table that is all "header" has no data rows: treat it as a header only if it names columns.
        return end;
    }

    public static TableHeader Map(TableGrid grid)
    {
        var rows = HeaderRowCount(grid);
        var cols = grid.ColumnCount;
        if (rows == 0)
        {
            return new TableHeader(0, Enumerable.Repeat(new ColumnAssignment(ColumnRole.Unknown), cols).ToList(), Enumerable.Repeat("", cols).ToList(), []);
        }

        IReadOnlyDictionary<int, int>? numbers = null;
        var labels = new string[cols];
        for (var c = 0; c < cols; c++)
        {
            var parts = new List<string>();
            TableCell? previous = null;
            for (var r = 0; r < rows; r++)
            {
                if (RowKinds.ColumnNumbers(grid, r) is { } n)
                {
                    numbers ??= n;
                    continue;
                }

                var cell = grid.At(r, c);
                if (cell is null || ReferenceEquals(cell, previous) || cell.IsEmpty)
                {
                    continue;
                }

                parts.Add(cell.Text);
                previous = cell;
            }

            labels[c] = string.Join(" ", parts);
        }

        var assigned = labels.Select(HeaderClassifier.Classify).ToArray();
        var problems = new List<string>();
        for (var c = 0; c < cols; c++)
        {
            if (assigned[c].Role == ColumnRole.Unknown && HeaderClassifier.LevelOfPercent(labels[c]) is { } level)
            {
                assigned[c] = new ColumnAssignment(ColumnRole.Target, null, level);
            }

            // A year under a caption printed only over the first of its columns (no drawn span): same role as the left one.
            if (c > 0 && assigned[c].Role == ColumnRole.Unknown && Core.Normalization.FiscalYears.Parse(labels[c]) is { } year
                && assigned[c - 1].Role is ColumnRole.Actual or ColumnRole.Projection)
            {
                assigned[c] = new ColumnAssignment(assigned[c - 1].Role, year);
            }
        }

        if (numbers is not null)
        {
            PlaceByNumber(assigned, numbers, problems);
        }

        PlaceBetweenNeighbours(assigned, labels, problems);
        PlaceAreaWeight(assigned, labels, problems);
        ResolveLadder(assigned, problems);
        DropDuplicates(assigned, labels, problems);
        for (var c = 0; c < cols; c++)
        {
            if (assigned[c].Role == ColumnRole.Unknown && HasData(grid, rows, c))
            {
                problems.Add($"column {c + 1} with header '{labels[c]}' could not be placed");
            }
        }

        return new TableHeader(rows, assigned, labels, problems);
    }

    private static bool HasData(TableGrid grid, int headerRows, int column)
    {
        for (var r = headerRows; r < grid.RowCount; r++)
        {
            var cell = grid.At(r, column);
            if (cell is { IsEmpty: false } && cell.Column == column && cell.ColumnSpan == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The indicator weight always sits between the unit and the first actual/target column (every template): an unread
    /// header there is the weight. Reported, since it is placed by position.
    /// </summary>
    private static void PlaceBetweenNeighbours(ColumnAssignment[] assigned, string[] labels, List<string> problems)
    {
        if (assigned.Any(a => a.Role == ColumnRole.Weight))
        {
            return;
        }

        for (var c = 1; c + 1 < assigned.Length; c++)
        {
            if (assigned[c].Role == ColumnRole.Unknown && assigned[c - 1].Role == ColumnRole.Unit
                && assigned[c + 1].Role is ColumnRole.Actual or ColumnRole.Target)
            {
                assigned[c] = new ColumnAssignment(ColumnRole.Weight);
                problems.Add($"column {c + 1} '{labels[c]}' taken as the indicator weight from its place between unit and values");
            }
        }
    }

    /// <summary>
    /// The area's weight always sits right after the area column (every template). When OCR loses "মান" from its header
    /// ("কর্মসম্পাদনের ক্ষেত্রের মান" read as "কর্মসম্পাদনের ক্ষেত্রে") the column reads as a second area column, or as
    /// nothing: placed by position when no column took the role, and reported.
    /// </summary>
    private static void PlaceAreaWeight(ColumnAssignment[] assigned, string[] labels, List<string> problems)
    {
        if (assigned.Any(a => a.Role == ColumnRole.AreaWeight))
        {
            return;
        }

        var area = Array.FindIndex(assigned, a => a.Role == ColumnRole.Area);
        var next = area + 1;
        if (area < 0 || next >= assigned.Length || assigned[next].Role is not (ColumnRole.Area or ColumnRole.Unknown))
        {
            return;
        }

        // only where the activity (or, in templates without activities, the indicator) follows
        var after = next + 1 < assigned.Length ? assigned[next + 1].Role : ColumnRole.Unknown;
        if (after is not (ColumnRole.Activity or ColumnRole.Indicator))
        {
            return;
        }

        assigned[next] = new ColumnAssignment(ColumnRole.AreaWeight);
        problems.Add($"column {next + 1} '{labels[next]}' taken as the area weight from its place after the area column");
    }

    private static void PlaceByNumber(ColumnAssignment[] assigned, IReadOnlyDictionary<int, int> numbers, List<string> problems)
    {
        ColumnRole[]? best = null;
        var bestScore = -1;
        foreach (var template in Templates)
        {
            var score = 0;
            foreach (var (c, n) in numbers)
            {
                if (n - 1 < template.Length && assigned[c].Role == template[n - 1])
                {
                    score++;
                }
                else if (assigned[c].Role != ColumnRole.Unknown)
                {
                    score -= 2;
                }
            }

            if (numbers.Values.Max() != template.Length)
            {
                score -= 3;
            }

            if (score > bestScore)
            {
                best = template;
                bestScore = score;
            }
        }

        if (best is null || bestScore < 3)
        {
            return;
        }

        foreach (var (c, n) in numbers)
        {
            if (assigned[c].Role == ColumnRole.Unknown && n - 1 < best.Length)
            {
                assigned[c] = new ColumnAssignment(best[n - 1]);
                problems.Add($"column {c + 1} placed by its number {n} only (header text unreadable)");
            }
        }
    }

    /// <summary>
    /// The ladder columns are contiguous and always in the order excellent → poor. When the header words repeat or
    /// miss a level (a garbled "উত্তম" twice), position decides; four columns are excellent..fair (old templates).
    /// </summary>
    private static void ResolveLadder(ColumnAssignment[] assigned, List<string> problems)
    {
        var ladder = Enumerable.Range(0, assigned.Length).Where(c => assigned[c].Role == ColumnRole.Target && assigned[c].Level is not null).ToList();
        var unlabelled = Enumerable.Range(0, assigned.Length).Where(c => assigned[c].Role == ColumnRole.Target && assigned[c].Level is null).ToList();
        if (ladder.Count == 0)
        {
            return;
        }

        // A target column without a level right next to the ladder is part of it (its caption carried no level word).
        var all = ladder.Concat(unlabelled.Where(c => ladder.Contains(c - 1) || ladder.Contains(c + 1))).OrderBy(c => c).ToList();
        var levels = all.Select(c => assigned[c].Level).ToList();
        var distinct = levels.All(l => l is not null) && levels.Distinct().Count() == levels.Count;
        var ordered = distinct && levels.Select(l => TargetLevels.All.ToList().IndexOf(l!)).SequenceEqual(levels.Select(l => TargetLevels.All.ToList().IndexOf(l!)).Order());
        if (distinct && ordered)
        {
            return;
        }

        if (all.Count is 4 or 5)
        {
            problems.Add($"ladder header read as [{string.Join(", ", levels.Select(l => l ?? "?"))}]; levels assigned by position");
            for (var i = 0; i < all.Count; i++)
            {
                assigned[all[i]] = assigned[all[i]] with { Level = TargetLevels.All[i] };
            }
        }
        else
        {
            problems.Add($"ladder header read as [{string.Join(", ", levels.Select(l => l ?? "?"))}] over {all.Count} columns");
        }
    }

    private static void DropDuplicates(ColumnAssignment[] assigned, string[] labels, List<string> problems)
    {
        var unique = new[] { ColumnRole.Area, ColumnRole.AreaWeight, ColumnRole.Activity, ColumnRole.Indicator, ColumnRole.Calculation, ColumnRole.Unit, ColumnRole.Weight };
        foreach (var role in unique)
        {
            var seen = false;
            for (var c = 0; c < assigned.Length; c++)
            {
                if (assigned[c].Role != role)
                {
                    continue;
                }

                if (seen)
                {
                    problems.Add($"column {c + 1} '{labels[c]}' repeats the {role} column; ignored");
                    assigned[c] = new ColumnAssignment(ColumnRole.Unknown);
                }

                seen = true;
            }
        }
    }

    private static ColumnRole[] Template(bool calculation, int levels)
    {
        var list = new List<ColumnRole> { ColumnRole.Area, ColumnRole.AreaWeight, ColumnRole.Activity, ColumnRole.Indicator };
        if (calculation)
        {
            list.Add(ColumnRole.Calculation);
        }

        list.AddRange([ColumnRole.Unit, ColumnRole.Weight, ColumnRole.Actual, ColumnRole.Actual]);
        list.AddRange(Enumerable.Repeat(ColumnRole.Target, levels));
        list.AddRange([ColumnRole.Projection, ColumnRole.Projection]);
        return list.ToArray();
    }
}
