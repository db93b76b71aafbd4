using System.Text.RegularExpressions;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;
using ApaIngest.Extraction.Layout;

namespace ApaIngest.Extraction.Sections;

/// <summary>
/// The cover: the signatory's lines come before "এবং", the supervisor's after it up to "-এর মধ্যে স্বাক্ষরিত"; a party's
/// title is its text up to the first comma (or its first line), the office the rest, lines joined with commas. The
/// fiscal year comes from "জুলাই ১, ২০২৩ - জুন ৩০, ২০২৪" and its variants.
/// </summary>
public static partial class CoverReader
{
    [GeneratedRegex(@"[-\s]*(?:এর|এঁর)\s*মধ্যে\s*(?:স্বাক্ষরিত)?.*$")]
    private static partial Regex Between();

    public sealed record Cover(Party Signatory, Party Supervisor, string? FiscalYear);

    public static Cover Read(IReadOnlyList<TextLine> lines)
    {
        var texts = lines.Select(l => CellText.Clean(l.Text)).Where(t => t.Length > 0).ToList();
        var and = texts.FindIndex(t => t == "এবং" || t.StartsWith("এবং ", StringComparison.Ordinal));
        Party signatory = new(null, null), supervisor = new(null, null);
        if (and > 0)
        {
            var start = and - 1;
            while (start > 0 && !IsCoverTop(texts[start - 1]) && !EndsSentence(texts[start - 1]) && and - start < 4)
            {
                start--;
            }

            signatory = Split(texts.GetRange(start, and - start));
            var after = new List<string>();
            if (texts[and].Length > "এবং".Length)
            {
                after.Add(texts[and]["এবং".Length..].Trim());
            }

            for (var i = and + 1; i < texts.Count && after.Count < 5; i++)
            {
                var t = texts[i];
                var m = Between().Match(t);
                if (m.Success && (t.Contains("মধ্যে", StringComparison.Ordinal)))
                {
                    var head = t[..m.Index].Trim().TrimEnd('-').Trim();
                    if (head.Length > 0)
                    {
                        after.Add(head);
                    }

                    break;
                }

                after.Add(t);
            }

            supervisor = Split(after);
        }

        string? fy = null;
        foreach (var t in texts)
        {
            if ((t.Contains("জুলাই", StringComparison.Ordinal) || t.Contains("জুন", StringComparison.Ordinal)) && FiscalYears.FromDateRange(t) is { } y)
            {
                fy = y;
                break;
            }
        }

        fy ??= texts.Select(t => t.Contains("চুক্তি", StringComparison.Ordinal) || t.Contains("অর্থবছর", StringComparison.Ordinal) ? FiscalYears.Parse(t) : null).FirstOrDefault(y => y is not null);
        return new Cover(signatory, supervisor, fy);
    }

    /// <summary>
    /// A line that closes a sentence or is prose-long: not part of a party's title and office. When OCR loses the cover's
    /// "এবং" the preamble's is the first one, and its opening sentence ("... বাস্তবায়নের লক্ষ্যে-") ends right above the signatory.
    /// </summary>
    private static bool EndsSentence(string t)
    {
        var end = t.TrimEnd(' ', '-', '–', ',', ':');
        return end.EndsWith("লক্ষ্যে", StringComparison.Ordinal) || end.EndsWith('।') || t.Length > 80;
    }

    private static bool IsCoverTop(string t) =>
        t.Contains("গণপ্রজাতন্ত্রী", StringComparison.Ordinal) || t.Contains("সরকার", StringComparison.Ordinal) && t.Length < 30
        || t.Contains("চুক্তি", StringComparison.Ordinal);

    public static Party Split(IReadOnlyList<string> lines)
    {
        var parts = lines.Select(l => l.Trim().TrimEnd(',').Trim()).Where(l => l.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return new Party(null, null);
        }

        var joined = string.Join(", ", parts);
        var comma = joined.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return new Party(joined, null);
        }

        var title = joined[..comma].Trim();
        var office = joined[(comma + 1)..].Trim();
        return new Party(title, office.Length == 0 ? null : office);
    }
}
