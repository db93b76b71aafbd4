using System.Text.RegularExpressions;
using ApaIngest.Core.Normalization;
using ApaIngest.Core.Text;

namespace ApaIngest.Extraction.Codes;

/// <summary>A cell's leading code ("[১.১.১]", "১.১.১)", "১.১.১", "১)") split from its text; code ASCII, text cleaned.</summary>
public sealed record CodedText(string? Code, string Text)
{
    public int Depth => Code is null ? 0 : Code.Count(c => c == '.') + 1;
}

public static partial class CodeSplitter
{
    // Optional opening bracket, digits (Bangla or ASCII) with dots, optional closing bracket/paren/dot, then the text.
    [GeneratedRegex(@"^\s*[\[\(\{|]?\s*(\d{1,3}(?:\s*\.\s*\d{1,3})*)\s*(?:[\]\)\}|]\s*|\.\s+|\s+|$)")]
    private static partial Regex Leading();

    public static CodedText Split(string? raw) => Split(raw, null);

    /// <summary>Splits the code off; with <paramref name="parentCode"/> a bracket misread as ১ is dropped when that nests.</summary>
    public static CodedText Split(string? raw, string? parentCode)
    {
        var clean = CellText.Clean(raw);
        var ascii = BanglaText.ToAsciiDigits(clean);
        var m = Leading().Match(ascii);
        if (!m.Success)
        {
            return new CodedText(null, clean);
        }

        // A bare number followed by text with no bracket/paren ("১০ ..." in a name) is only a code when it has a dot or a bracket.
        var hasMark = m.Value.Trim().Length > m.Groups[1].Value.Length || m.Groups[1].Value.Contains('.', StringComparison.Ordinal);
        if (!hasMark)
        {
            return new CodedText(null, clean);
        }

        var code = CodeParser.Parse(m.Value, parentCode);
        var text = clean[m.Length..].Trim();
        return new CodedText(code, text);
    }
}
