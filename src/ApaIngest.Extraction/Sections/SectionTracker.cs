using System.Text.RegularExpressions;
using ApaIngest.Core.Normalization;
using ApaIngest.Core.Text;
using ApaIngest.Extraction.Headers;

namespace ApaIngest.Extraction.Sections;

/// <summary>
/// Follows the headings of an APA: "সেকশন ১/২/৩", "সংযোজনী ১..৮" (and the annex plans' own titles: শুদ্ধাচার 4,
/// ই-গভর্ন্যান্স ও উদ্ভাবন 5, অভিযোগ প্রতিকার 6, সেবা প্রদান প্রতিশ্রুতি 7, তথ্য অধিকার 8), the signature block.
/// </summary>
public sealed partial class SectionTracker
{
    [GeneratedRegex(@"^\s*(?:#+|\*+)?\s*(সেকশন|সেকশান|section)\s*[-:]?\s*(\d)", RegexOptions.IgnoreCase)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^\s*(?:#+|\*+)?\s*(সংযোজনী|সংযোজনি|annex(?:ure)?)\s*[-:]?\s*(\d)", RegexOptions.IgnoreCase)]
    private static partial Regex AnnexHeading();

    private bool seenSection3Table;

    public SectionKind Current { get; private set; } = SectionKind.FrontMatter;
    public int Annex { get; private set; }

    /// <summary>Called after a section 3 table: the text that follows it (signatures) ends section 3.</summary>
    public void SawPlanTable() => seenSection3Table = true;

    public void Observe(string lineText)
    {
        var text = BanglaText.ToAsciiDigits(CellText.Clean(lineText));
        if (text.Length == 0)
        {
            return;
        }

        var m = SectionHeading().Match(text);
        if (m.Success && IsHeading(text, m.Length))
        {
            Current = m.Groups[2].Value switch
            {
                "1" => SectionKind.Section1,
                "2" => SectionKind.Section2,
                "3" => SectionKind.Section3,
                _ => Current,
            };
            return;
        }

        m = AnnexHeading().Match(text);
        if (m.Success && IsHeading(text, m.Length))
        {
            var n = m.Groups[2].Value[0] - '0';
            Current = n >= 4 ? SectionKind.PlanAnnex : SectionKind.EarlyAnnex;
            Annex = n;
            return;
        }

        if (Current == SectionKind.PlanAnnex || (Current == SectionKind.EarlyAnnex && Annex >= 3))
        {
            if (AnnexOfTitle(text) is { } annex)
            {
                Current = SectionKind.PlanAnnex;
                Annex = annex;
            }

            return;
        }

        if (Current == SectionKind.Section3 && seenSection3Table && (text.StartsWith("আমি,", StringComparison.Ordinal) || text.StartsWith("আমি ", StringComparison.Ordinal)))
        {
            Current = SectionKind.Signatures;
        }
    }

    /// <summary>The annex a plan's title names (কর্মপরিকল্পনা titles of annexes 4-8).</summary>
    public static int? AnnexOfTitle(string text)
    {
        var w = new HeaderWords(text);
        if (!w.HasAny("কর্মপরিকল্পনা", "কর্ম-পরিকল্পনা", "পরিকল্পনা", "প্রতিবেদন", "কৌশল"))
        {
            return null;
        }

        if (w.HasAny("শুদ্ধাচার", "শুদ্ধাচার কৌশল"))
        {
            return 4;
        }

        if (w.HasAny("ই-গভর্ন্যান্স", "গভর্ন্যান্স", "উদ্ভাবন", "উদ্ভাবনী"))
        {
            return 5;
        }

        if (w.Has("অভিযোগ"))
        {
            return 6;
        }

        if (w.Has("প্রতিশ্রুতি"))
        {
            return 7;
        }

        if (w.Has("তথ্য অধিকার") || w.Has("অধিকার"))
        {
            return 8;
        }

        return null;
    }

    // A table-of-contents line also starts with "সেকশন ৩": it ends in a page number; headings do not.
    private static bool IsHeading(string text, int matched)
    {
        var rest = text[matched..].Trim();
        return !Regex.IsMatch(rest, @"\s\d{1,2}(\s*-\s*\d{1,2})?$") || rest.Length == 0;
    }
}
