using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ApaIngest.Core.Text;

namespace ApaIngest.Core.Normalization;

/// <summary>Area/activity/indicator codes as printed ([১.১.১], ১.১.১), [1.1.1], damaged brackets) → ASCII "1.1.1".</summary>
public static partial class CodeParser
{
    [GeneratedRegex(@"^\d{1,3}(?:\s*\.\s*\d{1,3})*")]
    private static partial Regex CodeAtStart();

    /// <summary>The code at the start of the text (after an optional opening bracket); null if none.</summary>
    public static string? Parse(string? raw)
    {
        var s = BanglaText.ToAsciiDigits(CellText.Clean(raw)).TrimStart('[', '(', '{', ' ', '\'', '"', '|', 'l', 'I');
        var m = CodeAtStart().Match(s);
        if (!m.Success)
        {
            return null;
        }

        var parts = m.Value.Split('.', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (sb.Length > 0)
            {
                sb.Append('.');
            }

            sb.Append(int.Parse(part, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>
    /// Like <see cref="Parse(string?)"/>, but knowing the parent code (area for an activity, activity for an indicator):
    /// an opening bracket misread as ১ ("১১.১.১)" for "[১.১.১]") is dropped when that makes the code nest.
    /// </summary>
    public static string? Parse(string? raw, string? parentCode)
    {
        var code = Parse(raw);
        if (code is null || parentCode is null || Nests(code, parentCode))
        {
            return code;
        }

        var s = BanglaText.ToAsciiDigits(CellText.Clean(raw)).TrimStart('[', '(', ' ');
        if (s.Length > 1 && s[0] == '1')
        {
            var dropped = Parse(s[1..]);
            if (dropped is not null && Nests(dropped, parentCode))
            {
                return dropped;
            }
        }

        return code;
    }

    /// <summary>True when <paramref name="code"/> is one level below <paramref name="parentCode"/> (1.2.3 under 1.2).</summary>
    public static bool Nests(string code, string parentCode) =>
        code.StartsWith(parentCode + ".", StringComparison.Ordinal)
        && !code.AsSpan(parentCode.Length + 1).Contains('.');

    /// <summary>The parent of a code ("1.2.3" → "1.2"); null for a top-level code.</summary>
    public static string? Parent(string code)
    {
        var i = code.LastIndexOf('.');
        return i < 0 ? null : code[..i];
    }
}
