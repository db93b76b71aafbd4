using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Text;

namespace ApaIngest.Core.Normalization;

/// <summary>What reading a cell gave.</summary>
public enum CellOutcome
{
    /// <summary>A number or a date.</summary>
    Value,
    /// <summary>Empty, a dash, N/A: null by the spec, not a problem.</summary>
    Empty,
    /// <summary>A range such as ৮০-৯০: the schema has no range, so null with an issue.</summary>
    Range,
    /// <summary>Text that is not a value of the column's unit.</summary>
    Unparsed,
}

/// <summary>A parsed cell: value (null unless Outcome is Value), outcome, and a note for the issue list (null when clean).</summary>
public sealed record ParsedCell(CellValue Value, CellOutcome Outcome, string? Problem);

/// <summary>
/// Section 3 cells → schema values: Bangla/ASCII digits, thousands separators (Western and lakh grouping), decimal marks,
/// percent signs, dashes and N/A, dates for date units, scaled units (a জন (লক্ষ) cell ০.০০০৮০ = 80 persons).
/// </summary>
public static partial class ValueParser
{
    private static readonly HashSet<string> EmptyTokens = new(
        ((string[])["", "-", "--", "---", "—", "–", "−", "_", "__", "n/a", "na", "n.a", "n.a.", "nil", "x", "প্রযোজ্য নয়",
            "প্রযোজ্যনয়", "প্রযোজ্য নহে", "নাই", "নেই", "…", "...", "..", "."]).Select(BanglaText.Normalize),
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\d+(?:[.,]\d+)*$")]
    private static partial Regex NumberShape();

    [GeneratedRegex(@"^(\d+(?:[.,]\d+)?)\s*(?:-|–|—|~|থেকে|হতে|to)\s*(\d+(?:[.,]\d+)?)$")]
    private static partial Regex RangeShape();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    public static CellValue Parse(string? raw, string unit, double unitScale) => Read(raw, unit, unitScale).Value;

    /// <summary>True for a value or a legitimately empty cell; false (value null, problem set) for ranges and unreadable text.</summary>
    public static bool TryParse(string? raw, string unit, double unitScale, out CellValue value, out string? problem)
    {
        var cell = Read(raw, unit, unitScale);
        value = cell.Value;
        problem = cell.Problem;
        return cell.Outcome is CellOutcome.Value or CellOutcome.Empty;
    }

    public static ParsedCell Read(string? raw, string unit, double unitScale)
    {
        var clean = CellText.Clean(raw);
        var s = BanglaText.ToAsciiDigits(clean).Trim();
        if (IsEmptyToken(s))
        {
            return new(CellValue.Null, CellOutcome.Empty, null);
        }

        if (unit == Units.Date || LooksLikeDate(s))
        {
            if (DateParser.TryParse(s, out var iso))
            {
                return new(CellValue.Of(iso), CellOutcome.Value, null);
            }

            if (unit == Units.Date && !NumberShape().IsMatch(StripDecorations(s, out _)))
            {
                return new(CellValue.Null, CellOutcome.Unparsed, $"not a date: '{clean}'");
            }
        }

        var core = StripDecorations(s, out var reversed);
        if (core.Length == 0 || IsEmptyToken(core))
        {
            // Only decoration (a unit word, a stray %): there is text but no value in it.
            return new(CellValue.Null, CellOutcome.Unparsed, $"no value in '{clean}'");
        }

        var range = RangeShape().Match(core);
        if (range.Success)
        {
            return new(CellValue.Null, CellOutcome.Range, $"a range, not one value: '{clean}'");
        }

        if (core.StartsWith('-') && core.Length > 1)
        {
            return new(CellValue.Null, CellOutcome.Unparsed, $"a negative value: '{clean}'");
        }

        if (!TryNumber(core, unitScale, out var number))
        {
            return new(CellValue.Null, CellOutcome.Unparsed, $"not a number: '{clean}'");
        }

        var scaled = (double)(number * (decimal)unitScale);
        var note = reversed ? $"read in reversed order: '{clean}'" : null;
        return new(CellValue.Of(scaled), CellOutcome.Value, note);
    }

    /// <summary>The number in a cleaned numeric text (ASCII digits), deciding what each comma and dot means.</summary>
    public static bool TryNumber(string text, double unitScale, out decimal number)
    {
        number = 0;
        if (!NumberShape().IsMatch(text))
        {
            return false;
        }

        var commas = text.Count(c => c == ',');
        var dots = text.Count(c => c == '.');
        string normalized;
        if (commas == 0 && dots <= 1)
        {
            normalized = text;
        }
        else if (dots == 0 && commas == 1 && CommaIsDecimal(text, unitScale))
        {
            normalized = text.Replace(',', '.');
        }
        else if (dots <= 1 && IsGrouped(text.Split('.')[0]) && (dots == 0 || text.IndexOf('.') > text.LastIndexOf(',')))
        {
            normalized = text.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (commas == 0 && dots > 1 && IsGrouped(text.Replace('.', ',')))
        {
            // 1.000.000: dots as thousands separators (European style, rare in APAs).
            normalized = text.Replace(".", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            return false;
        }

        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>
    /// One comma and no dot: a decimal mark when the digits around it are not a thousands group (০,৫), when the whole part
    /// is zero (০,০০০৮০ in a জন (লক্ষ) column, as the seeds' scanned APAs print it), or in any scaled column (lakh/crore),
    /// where values are small and a grouped thousand is implausible.
    /// </summary>
    private static bool CommaIsDecimal(string text, double unitScale)
    {
        var whole = text[..text.IndexOf(',')];
        if (whole.All(c => c == '0'))
        {
            return true;
        }

        return unitScale > 1 || !IsGrouped(text);
    }

    /// <summary>1,234,567 (Western) or 12,34,567 (Indian/lakh) grouping, or no commas at all.</summary>
    private static bool IsGrouped(string text)
    {
        var groups = text.Split(',');
        if (groups.Length == 1)
        {
            return true;
        }

        if (groups[0].Length is < 1 or > 3 || groups[^1].Length != 3)
        {
            return false;
        }

        var middle = groups[1..^1];
        return middle.All(g => g.Length == 3) || middle.All(g => g.Length == 2);
    }

    /// <summary>Removes what decorates a number: %, *, টি/জন/টাকা, /-, parenthetical notes; detects the reversed "%০৬" reading.</summary>
    private static string StripDecorations(string s, out bool reversed)
    {
        reversed = false;
        var t = Parenthetical().Replace(s, " ").Trim();
        t = t.Replace("/-", " ", StringComparison.Ordinal);
        foreach (var word in (string[])["থেকে", "হতে", " to "])
        {
            t = t.Replace(word, "-", StringComparison.Ordinal);
        }

        if (t.Length > 1 && t[0] == '%' && char.IsDigit(t[^1]))
        {
            // Visual-order damage: "%০৬" is "৬০%" read right to left (seen in the seeds' ladder headers).
            var chars = t.ToCharArray();
            Array.Reverse(chars);
            t = new string(chars);
            reversed = true;
        }

        var sb = new StringBuilder(t.Length);
        foreach (var c in t)
        {
            if (char.IsDigit(c) || c is '.' or ',' or '-' or '–' or '—' or '~')
            {
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                sb.Append(' ');
            }
            else if (c is '%' or '*' or '/' or '+' or '=' or '৳' || BanglaText.IsBangla(c) || char.IsLetter(c))
            {
                // decoration or a unit word: dropped, but a word between two numbers keeps them apart
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        // Two numbers side by side (merged cells) stay apart and fail to parse rather than join into a wrong number.
        var compact = Regex.Replace(sb.ToString().Trim(), @"\s+", " ");
        compact = Regex.Replace(compact, @"\s*([-–—~])\s*", "$1");

        // A number wrapped at its separator ("১,২৫, ০০০"): the space is layout, not a second value.
        compact = Regex.Replace(compact, @"(?<=\d[.,])\s+(?=\d)|(?<=\d)\s+(?=[.,]\d)", string.Empty);
        return compact.TrimEnd('.', ',', '-', '–', '—', '~', ' ').TrimStart('.', ',', ' ');
    }

    private static bool IsEmptyToken(string s)
    {
        if (EmptyTokens.Contains(s))
        {
            return true;
        }

        // ---- or – – or _ _
        return s.Length > 0 && s.All(c => c is '-' or '–' or '—' or '_' or ' ' or '.' or '…');
    }

    private static bool LooksLikeDate(string s)
    {
        var separators = s.Count(c => c is '.' or '/' or '-');
        return separators == 2 && s.Count(char.IsDigit) >= 4 && !s.Contains(',', StringComparison.Ordinal)
            || s.Any(BanglaText.IsBangla) && DateParser.TryParse(s, out _);
    }
}
