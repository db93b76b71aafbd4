using ApaIngest.Core.Documents;
using ApaIngest.CorpusGen.Model;
using static ApaIngest.CorpusGen.Model.BanglaFormat;

namespace ApaIngest.CorpusGen.Layout;

public static partial class DocumentLayout
{
    private static readonly string[] LevelNames = ["অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান", "চলতি মানের নিম্নে"];
    private static readonly string[] LevelPercents = ["১০০%", "৯০%", "৮০%", "৭০%", "৬০%"];

    public const string OfficeBand = "এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র";
    public const string GovernanceBand = "সুশাসন ও সংস্কারমূলক কর্মসম্পাদনের ক্ষেত্র";
    private const string OldOfficeBand = "কৌশলগত উদ্দেশ্যসমূহ";
    private const string OldGovernanceBand = "আবশ্যিক কৌশলগত উদ্দেশ্যসমূহ";

    /// <summary>An activity with its indicator rows: kept on one page because the activity cell spans its rows.</summary>
    private sealed record Unit(Indicator[] Rows, double Height);

    private static double[] Section3Widths(AgreementStyle s)
    {
        var levels = Enumerable.Repeat(12.0, s.TargetLevels);
        var spare = (s.HasCalculationColumn ? 0 : 14) + (5 - s.TargetLevels) * 12;
        var text = 38 + spare / 2.0;
        IEnumerable<double> w = [24, 10, text, text];
        if (s.HasCalculationColumn)
        {
            w = w.Append(14);
        }

        return [.. w, 13, 10, 14, 14, .. levels, 14, 14];
    }

    private static List<IReadOnlyList<Cell>> Section3Head(Agreement a)
    {
        var s = a.Style;
        var fy = a.FiscalYearStart;
        var lf = s.LongFiscalYears;
        var row1 = new List<Cell>
        {
            new(s.OldTemplate ? "কৌশলগত উদ্দেশ্য" : "কর্মসম্পাদনের ক্ষেত্র", RowSpan: 2),
            new(s.OldTemplate ? "কৌশলগত উদ্দেশ্যের মান" : "কর্মসম্পাদনের ক্ষেত্রের মান", RowSpan: 2),
            new("কার্যক্রম", RowSpan: 2),
            new("কর্মসম্পাদন সূচক", RowSpan: 2),
        };
        if (s.HasCalculationColumn)
        {
            row1.Add(new("গণনা পদ্ধতি", RowSpan: 2));
        }

        row1.AddRange(
        [
            new("একক", RowSpan: 2),
            new("কর্মসম্পাদন সূচকের মান", RowSpan: 2),
            new($"প্রকৃত অর্জন {FiscalYearBn(fy - 2, lf)}", RowSpan: 2),
            new($"প্রকৃত অর্জন* {FiscalYearBn(fy - 1, lf)}", RowSpan: 2),
            new($"লক্ষ্যমাত্রা/নির্ণায়ক {FiscalYearBn(fy, lf)}", ColSpan: s.TargetLevels),
            new($"প্রক্ষেপণ {FiscalYearBn(fy + 1, lf)}", RowSpan: 2),
            new($"প্রক্ষেপণ {FiscalYearBn(fy + 2, lf)}", RowSpan: 2),
        ]);
        var row2 = Enumerable.Range(0, s.TargetLevels).Select(i => new Cell($"{LevelNames[i]}\n{LevelPercents[i]}")).ToList();
        var columns = row1.Sum(c => c.RowSpan == 2 ? 1 : c.ColSpan);
        var row3 = Enumerable.Range(1, columns).Select(i => new Cell(Int(i), Css: "colno")).ToList();
        return [row1, row2, row3];
    }

    private static List<Cell> IndicatorCells(Agreement a, Indicator i)
    {
        var cells = new List<Cell> { new($"{Code(a, i.Code)} {i.Name}") };
        if (a.Style.HasCalculationColumn)
        {
            cells.Add(new(i.CalculationRaw ?? ""));
        }

        cells.Add(new(i.UnitRaw ?? ""));
        cells.Add(new(Weight(i.Weight), Css: "num"));
        cells.AddRange(i.Actuals.Select(v => new Cell(v.Raw ?? "", Css: "num")));
        cells.AddRange(i.Targets.Select(v => new Cell(v.Raw ?? "", Css: "num")));
        cells.AddRange(i.Projections.Select(v => new Cell(v.Raw ?? "", Css: "num")));
        return cells;
    }

    private static void Section3(Agreement a, Flow flow)
    {
        var pt = a.Style.TableFontPt;
        var widths = Section3Widths(a.Style);
        var head = Section3Head(a);
        var headHeight = head.Take(2).Sum(r => Flow.RowHeight(r, widths, pt)) + 2 + Flow.LineHeight(pt) + Flow.RowPadding;
        var bandHeight = Flow.LineHeight(pt) + Flow.RowPadding;
        var activityWidth = widths[2];
        var units = a.Gold.Indicators.GroupBy(i => (i.Group, i.ActivityCode)).Select(g =>
        {
            var rows = g.ToArray();
            var rowsHeight = rows.Sum(r => Flow.RowHeight(IndicatorCells(a, r), widths[3..], pt));
            var activityHeight = Flow.LinesOf($"{Code(a, rows[0].ActivityCode)} {rows[0].Activity}", activityWidth, pt) * Flow.LineHeight(pt) + Flow.RowPadding;
            return new Unit(rows, Math.Max(rowsHeight, activityHeight));
        }).ToList();

        Text(flow, "সেকশন ৩: কর্মসম্পাদন পরিকল্পনা", "section heading");
        var pages = new List<List<Unit>>();
        var current = new List<Unit>();
        var budget = flow.PageHeight - headHeight - 2 * bandHeight - TextHeight("সেকশন ৩", TextPt * 1.25);
        foreach (var unit in units)
        {
            if (current.Count > 0 && PageBodyHeight(a, [.. current, unit], widths, pt) > budget)
            {
                pages.Add(current);
                current = [];
                budget = flow.PageHeight - headHeight - 2 * bandHeight;
            }

            current.Add(unit);
        }

        pages.Add(current);
        for (var p = 0; p < pages.Count; p++)
        {
            if (p > 0)
            {
                flow.Break();
            }

            var bands = pages[p].Select(u => u.Rows[0].Group).Distinct().Count();
            flow.Add(new TableBlock(head, Section3Body(a, pages[p]), widths, "grid plan"),
                Math.Min(flow.Remaining, headHeight + bands * bandHeight + PageBodyHeight(a, pages[p], widths, pt)));
        }
    }

    private static double PageBodyHeight(Agreement a, IReadOnlyList<Unit> units, double[] widths, double pt) =>
        units.GroupBy(u => (u.Rows[0].Group, u.Rows[0].AreaCode)).Sum(area =>
        {
            var areaName = a.Gold.PerformanceAreas.First(p => p.Group == area.Key.Group && p.Code == area.Key.AreaCode).Name;
            var areaHeight = Flow.LinesOf($"{Code(a, area.Key.AreaCode)} {areaName}", widths[0], pt) * Flow.LineHeight(pt) + Flow.RowPadding;
            return Math.Max(areaHeight, area.Sum(u => u.Height));
        });

    private static List<IReadOnlyList<Cell>> Section3Body(Agreement a, IReadOnlyList<Unit> units)
    {
        var columns = Section3Widths(a.Style).Length;
        var body = new List<IReadOnlyList<Cell>>();
        string? band = null;
        foreach (var area in units.GroupBy(u => (u.Rows[0].Group, u.Rows[0].AreaCode)))
        {
            var governance = area.Key.Group == Groups.Governance;
            var wanted = governance
                ? (a.Style.OldTemplate ? OldGovernanceBand : GovernanceBand)
                : (a.Style.OldTemplate ? OldOfficeBand : OfficeBand);
            if (band != wanted)
            {
                body.Add([new Cell(wanted, ColSpan: columns, Css: "band")]);
                band = wanted;
            }

            var pa = a.Gold.PerformanceAreas.First(p => p.Group == area.Key.Group && p.Code == area.Key.AreaCode);
            var areaRows = area.Sum(u => u.Rows.Length);
            var firstOfArea = true;
            foreach (var unit in area)
            {
                var firstOfActivity = true;
                foreach (var ind in unit.Rows)
                {
                    var row = new List<Cell>();
                    if (firstOfArea)
                    {
                        row.Add(new($"{Code(a, pa.Code)} {pa.Name}", RowSpan: areaRows));
                        row.Add(new(Weight(pa.Weight), RowSpan: areaRows, Css: "num"));
                        firstOfArea = false;
                    }

                    if (firstOfActivity)
                    {
                        row.Add(new($"{Code(a, ind.ActivityCode)} {ind.Activity}", RowSpan: unit.Rows.Length));
                        firstOfActivity = false;
                    }

                    row.AddRange(IndicatorCells(a, ind));
                    body.Add(row);
                }
            }
        }

        return body;
    }
}
