using System.Text.RegularExpressions;
using ApaIngest.Catalog.Matching;
using ApaIngest.Catalog.Model;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Text;

namespace ApaIngest.Catalog.Building;

/// <summary>An indicator row read from a seed transcription (data/seeds/*.txt).</summary>
/// <remarks><c>Copies</c>: how many rows of the document (section 3, annex 2, annex 3) carry the same activity and indicator text.</remarks>
public sealed record SeedIndicator(string Activity, string Name, string? Unit, string? Calculation, string Group, string? OfficeKind, string Source)
{
    public int Copies { get; init; } = 1;
}

/// <summary>
/// Reads the indicator rows of a seed transcription: annex 2 rows (activity [x.y], indicator [x.y.z], implementer,
/// evidence) and section 3 rows (… activity, indicator, method, unit, weight …). The seeds README warns that a section 3
/// table may be invented where the page was unreadable (KMP South): a section 3 office row is kept only when annex 2 of
/// the same document has the same indicator ("the other copies of the same row tell which reading is right").
/// </summary>
public static partial class SeedTranscriptionReader
{
    [GeneratedRegex(@"^\[*\s*([0-9]+)\s*\.\s*([0-9]+)\s*[\]\)]\s*(.+)$")]
    private static partial Regex ActivityCell();

    [GeneratedRegex(@"^\[*\s*([0-9]+)\s*\.\s*([0-9]+)\s*\.\s*([0-9]+)\s*[\]\)]\s*(.+)$")]
    private static partial Regex IndicatorCell();

    [GeneratedRegex(@"^সংযোজনী\s*[-:]?\s*[4-8]")]
    private static partial Regex AnnexFourToEight();

    public static IReadOnlyList<SeedIndicator> Read(string path, IReadOnlyList<OfficeKind> kinds)
    {
        var lines = File.ReadAllLines(path).Select(l => BanglaText.ToAsciiDigits(BanglaText.Normalize(l))).ToList();
        var source = "seed:" + Path.GetFileName(path);
        var officeKind = DetectKind(lines, kinds);
        var annex2 = new List<SeedIndicator>();
        var section3 = new List<SeedIndicator>();
        var governance = false;
        foreach (var line in lines)
        {
            // Annexes 4-8 are the builtin plan entries; their rows look like section 3 rows and are not read here.
            var heading = line.TrimStart('#', '*', ' ');
            if (!line.Contains('\t', StringComparison.Ordinal) && AnnexFourToEight().IsMatch(heading))
            {
                break;
            }

            if (line.Contains("সংস্কারমূলক", StringComparison.Ordinal))
            {
                governance = true;
            }

            if (line.Contains("সেকশন", StringComparison.Ordinal) || line.Contains("সংযোজনী", StringComparison.Ordinal)
                || line.Contains("স্বাক্ষরকারী অফিসের", StringComparison.Ordinal))
            {
                governance = line.Contains("সংস্কারমূলক", StringComparison.Ordinal);
            }

            var cells = line.Split('\t').Select(c => c.Trim()).ToList();
            for (var i = 0; i + 1 < cells.Count; i++)
            {
                var a = ActivityCell().Match(cells[i]);
                var n = IndicatorCell().Match(cells[i + 1]);
                if (!a.Success || !n.Success || IndicatorCell().IsMatch(cells[i]))
                {
                    continue;
                }

                var activity = Clean(a.Groups[3].Value);
                var name = Clean(n.Groups[4].Value);
                var calc = i + 2 < cells.Count ? RawVocabulary.Calculation(cells[i + 2]) : null;
                var unit = calc is not null && i + 3 < cells.Count ? RawVocabulary.Unit(cells[i + 3]) : null;
                // The governance rows of section 3 are the five plans: score, cumulative (invented tables are not).
                var isGovernance = governance && (unit == Units.Score || calc == Calculations.Cumulative);
                if (calc is not null && (isGovernance || !governance))
                {
                    section3.Add(new(activity, name, unit, calc, isGovernance ? Groups.Governance : Groups.Office, officeKind, source));
                }
                else if (calc is null && !governance && i + 2 < cells.Count && cells[i + 2].Any(char.IsLetter))
                {
                    // Annex 2: the implementing unit follows the indicator (a number there is a damaged section 3 row).
                    annex2.Add(new(activity, name, null, null, Groups.Office, officeKind, source));
                }

                break;
            }
        }

        var annexNames = annex2.Select(r => IndicatorText.Normalize(r.Name)).ToHashSet(StringComparer.Ordinal);
        var trusted = section3.Where(r => r.Group == Groups.Governance || annexNames.Contains(IndicatorText.Normalize(r.Name))).ToList();
        var result = new List<SeedIndicator>(trusted);
        foreach (var row in annex2)
        {
            var twin = trusted.FirstOrDefault(t => IndicatorText.Normalize(t.Name) == IndicatorText.Normalize(row.Name)
                && IndicatorText.Normalize(t.Activity) == IndicatorText.Normalize(row.Activity));
            if (twin is null)
            {
                result.Add(row);
            }
        }

        // Count the copies of each (activity, indicator) pair: consecutive cells of any row, codes and punctuation ignored.
        var pairs = new Dictionary<(string, string), int>();
        foreach (var line in lines)
        {
            var cells = line.Split('\t').Select(IndicatorText.Normalize).ToList();
            for (var i = 0; i + 1 < cells.Count; i++)
            {
                var key = (cells[i], cells[i + 1]);
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
            }
        }

        return result
            .Select(r => r with { Copies = pairs.GetValueOrDefault((IndicatorText.Normalize(r.Activity), IndicatorText.Normalize(r.Name))) })
            .ToList();
    }

    private static string Clean(string cell) => string.Join(' ', cell.Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('।', ' ');

    // The signatory is the party named on the cover before the first "এবং".
    private static string? DetectKind(List<string> lines, IReadOnlyList<OfficeKind> kinds)
    {
        var cover = string.Join(' ', lines.TakeWhile(l => l.Trim() != "এবং").Take(20));
        var agreement = new AgreementInfo { Signatory = new Party(cover, null) };
        return OfficeKindDetector.Detect(agreement, kinds);
    }
}
