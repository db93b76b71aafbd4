using System.Globalization;
using System.Text.RegularExpressions;
using ApaIngest.Core.Normalization;
using ApaIngest.Core.Text;
using ApaIngest.Extraction.Layout;

namespace ApaIngest.Extraction.Sections;

/// <summary>Section 1's vision (১.১ রূপকল্প) and mission (১.২ অভিলক্ষ্য), and the signing date of the preamble.</summary>
public static partial class StatementReader
{
    [GeneratedRegex(@"^\s*(?:১\.১|1\.1)\.?\s*রূপকল্প[^:ঃ]*?(?:\(Vision\))?\s*[:ঃ]?\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex VisionHeading();

    [GeneratedRegex(@"^\s*(?:১\.২|1\.2)\.?\s*অভিলক্ষ্য[^:ঃ]*?(?:\(Mission\))?\s*[:ঃ]?\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex MissionHeading();

    [GeneratedRegex(@"^\s*(?:১\.[৩-৯]|1\.[3-9]|সেকশন|section)", RegexOptions.IgnoreCase)]
    private static partial Regex NextHeading();

    // "২০২৩ সালের জুন মাসের ১০ তারিখে" (dots and spaces of a filled-in form allowed between the parts).
    [GeneratedRegex(@"(\d{4})\s*সালের[\s.…]*([^\s\d.…]+)[\s.…]*মাসের[\s.…]*(\d{1,2})[\s.…]*(?:\([^)]*\))?[\s.…]*তারিখে")]
    private static partial Regex PreambleDate();

    [GeneratedRegex(@"(\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}|\d{1,2}\s+\S+\s*,?\s*\d{4}|\S+\s+\d{1,2}\s*,\s*\d{4})")]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"^\s*\((?:Vision|Mission)\)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishGloss();

    public static (string? Vision, string? Mission) ReadVisionMission(IReadOnlyList<TextLine> lines)
    {
        var texts = lines.Select(l => CellText.Clean(l.Text)).ToList();
        return (Paragraph(texts, VisionHeading()), Paragraph(texts, MissionHeading()));
    }

    private static string? Paragraph(List<string> texts, Regex heading)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            var m = heading.Match(texts[i]);
            if (!m.Success)
            {
                continue;
            }

            var parts = new List<string>();
            var rest = EnglishGloss().Replace(m.Groups[1].Value, "").Trim().TrimStart(':', 'ঃ').Trim();
            if (rest.Length > 0)
            {
                parts.Add(rest);
            }

            for (var j = i + 1; j < texts.Count; j++)
            {
                if (NextHeading().IsMatch(texts[j]) || VisionHeading().IsMatch(texts[j]) || MissionHeading().IsMatch(texts[j]))
                {
                    break;
                }

                parts.Add(texts[j]);
            }

            var text = string.Join(" ", parts).Trim();
            return text.Length == 0 ? null : text;
        }

        return null;
    }

    /// <summary>The first "YYYY সালের MONTH মাসের DD তারিখে" of the lines (the preamble's sentence), as yyyy-MM-dd.</summary>
    public static string? ReadPreambleDate(IReadOnlyList<TextLine> lines)
    {
        var text = BanglaText.ToAsciiDigits(CellText.Clean(string.Join(" ", lines.Select(l => l.Text))));
        foreach (Match m in PreambleDate().Matches(text))
        {
            if (DateParser.MonthOf(m.Groups[2].Value) is not { } month)
            {
                continue;
            }

            var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            if (year is >= 1990 and <= 2100 && day is >= 1 and <= 31 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>The signing date: the preamble's "YYYY সালের MONTH মাসের DD তারিখে", else a date in the signature block.</summary>
    public static string? ReadSignedOn(IReadOnlyList<TextLine> preamble, IReadOnlyList<TextLine> signatures)
    {
        if (ReadPreambleDate(preamble) is { } stated)
        {
            return stated;
        }

        foreach (var source in new[] { preamble.Where(l => l.Text.Contains("তারিখে", StringComparison.Ordinal)), signatures })
        {
            foreach (var line in source)
            {
                var s = BanglaText.ToAsciiDigits(CellText.Clean(line.Text));
                foreach (Match d in AnyDate().Matches(s))
                {
                    if (DateParser.TryParse(d.Value, out var iso))
                    {
                        return iso;
                    }
                }
            }
        }

        return null;
    }
}
