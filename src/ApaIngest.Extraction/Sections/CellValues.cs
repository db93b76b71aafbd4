using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;

namespace ApaIngest.Extraction.Sections;

/// <summary>Cell text → schema value through Core's ValueParser; a cell that does not read becomes null with an issue.</summary>
internal static class CellValues
{
    public static CellValue Read(string raw, string unit, double scale, string where, IssueLog issues, int page)
    {
        var parsed = ValueParser.Read(raw, unit, scale);
        if (parsed.Outcome is CellOutcome.Range or CellOutcome.Unparsed)
        {
            issues.Warning("cell-unreadable", $"{where}: {parsed.Problem}", page);
        }

        return parsed.Value;
    }

    public static double? Number(string raw)
    {
        var parsed = ValueParser.Read(raw, Units.Count, 1);
        return parsed.Value.Number;
    }
}
