using ApaIngest.Core.Documents;
using ApaIngest.CorpusGen.Model;
using ApaIngest.CorpusGen.Vocabulary;
using static ApaIngest.CorpusGen.Model.BanglaFormat;

namespace ApaIngest.CorpusGen.Layout;

public static partial class DocumentLayout
{
    private static void Table(Flow flow, IReadOnlyList<Cell> head, IReadOnlyList<IReadOnlyList<Cell>> rows, double[] widths, double pt = SmallPt)
    {
        var table = new TableBlock([head], rows, widths, "grid");
        flow.AddTable(table, Flow.RowHeight(head, widths, pt), rows.Select(r => Flow.RowHeight(r, widths, pt)).ToList());
    }

    private static void Annexes1To3(Agreement a, Flow flow)
    {
        Text(flow, "সংযোজনী ১: শব্দসংক্ষেপ (Acronyms)", "section heading");
        Table(flow, [new("ক্রমিক নম্বর"), new("শব্দসংক্ষেপ"), new("বিবরণ")],
            a.Acronyms.Select((x, i) => (IReadOnlyList<Cell>)[new(Int(i + 1), Css: "num"), new(x.Acronym), new(x.Meaning)]).ToList(),
            [25, 50, 150]);

        flow.EnsureRoom(45);
        Text(flow, "সংযোজনী ২: কর্মসম্পাদন ব্যবস্থাপনা ও প্রমাণক", "section heading");
        var office = a.Gold.Indicators.Where(i => i.Group == Groups.Office).ToList();
        var rows = office.Select((i, k) => (IReadOnlyList<Cell>)
        [
            new(k > 0 && office[k - 1].ActivityCode == i.ActivityCode ? "" : $"{Code(a, i.ActivityCode)} {i.Activity}"),
            new($"{Code(a, i.Code)} {i.Name}"),
            new(a.ImplementingUnit),
            new(a.Evidence),
        ]).ToList();
        Table(flow, [new("কার্যক্রম"), new("কর্মসম্পাদন সূচকসমূহ"), new("বাস্তবায়নকারী অনুবিভাগ, অধিশাখা, শাখা"), new("লক্ষ্যমাত্রা অর্জনের প্রমাণক")],
            rows, [80, 75, 65, 40]);

        flow.EnsureRoom(45);
        Text(flow, "সংযোজনী ৩: অন্য অফিসের সঙ্গে সংশ্লিষ্ট কর্মসম্পাদন সূচকসমূহ", "section heading");
        var shared = office.Where((_, k) => k % 4 == 1).Take(3).ToList();
        Table(flow, [new("কার্যক্রম"), new("কর্মসম্পাদন সূচক"), new("যেসকল অফিসের সাথে সংশ্লিষ্ট"), new("সংশ্লিষ্ট অফিসের সাথে কার্যক্রম সমন্বয়ের কৌশল")],
            shared.Select(i => (IReadOnlyList<Cell>)[new(i.Activity), new(i.Name), new(a.Gold.Agreement.Supervisor.Office ?? ""), new("সহযোগিতা ও নির্দেশ অনুযায়ী কর্ম সম্পাদন")]).ToList(),
            [80, 70, 60, 50]);
    }

    private static void Annexes4To8(Agreement a, Flow flow)
    {
        var fy = a.FiscalYearStart;
        Text(flow, "সংযোজনী ৪-৮: সংস্কার ও সুশাসনমূলক কার্যক্রমের বাস্তবায়ন সংক্রান্ত কর্মপরিকল্পনাসমূহ", "section heading");
        foreach (var annex in a.Gold.PlanItems.GroupBy(p => p.Annex))
        {
            flow.EnsureRoom(40);
            Text(flow, $"সংযোজনী {Int(annex.Key)}: {Governance.AnnexTitles[annex.Key]}, {FiscalYearBn(fy, true)}", "sub");
            if (annex.Key == 4)
            {
                Table(flow,
                    [new("কার্যক্রমের নাম"), new("কর্মসম্পাদন সূচক"), new("সূচকের মান"), new("একক"), new("বাস্তবায়নের দায়িত্বপ্রাপ্ত ব্যক্তি/পদ"),
                     new($"{FiscalYearBn(fy, true)} অর্থবছরের লক্ষ্যমাত্রা"), new("১ম কোয়ার্টার"), new("২য় কোয়ার্টার"), new("৩য় কোয়ার্টার"), new("৪র্থ কোয়ার্টার"), new("মন্তব্য")],
                    annex.Select(p => (IReadOnlyList<Cell>)
                    [
                        new($"{Digits(p.Code!)} {p.Activity}"), new(p.Indicator!), new(Weight(p.Weight), Css: "num"), new(p.UnitRaw!),
                        new(a.Gold.Agreement.Signatory.Title ?? ""), new(p.Target!, Css: "num"), new(""), new(""), new(""), new(""), new(""),
                    ]).ToList(),
                    [70, 45, 14, 16, 30, 22, 14, 14, 14, 14, 15]);
                continue;
            }

            Table(flow,
                [new("ক্রম"), new("কার্যক্রম"), new("কর্মসম্পাদন সূচক"), new("একক"), new("কর্মসম্পাদন সূচকের মান"),
                 new("অসাধারণ"), new("অতি উত্তম"), new("উত্তম"), new("চলতি মান"), new("চলতি মানের নিম্নে")],
                annex.Select((p, k) => (IReadOnlyList<Cell>)
                [
                    new(Digits($"{k + 1:D2}"), Css: "num"), new($"{Code(a, p.Code!)} {p.Activity}"), new($"{Code(a, p.Code + ".1")} {p.Indicator}"),
                    new(p.UnitRaw!), new(Weight(p.Weight), Css: "num"), new(p.Target!, Css: "num"),
                    .. Ladder(p).Select(x => new Cell(x, Css: "num")),
                ]).ToList(),
                [12, 70, 70, 14, 18, 18, 16, 16, 16, 18]);
        }
    }

    /// <summary>The lower ladder cells of an action-plan row: percentages fall by ten, counts and dates show dashes below the top.</summary>
    private static IEnumerable<string> Ladder(PlanItem p)
    {
        var t = p.Target!;
        if (t.EndsWith('%'))
        {
            var top = int.Parse(Core.Text.BanglaText.ToAsciiDigits(t[..^1]));
            return Enumerable.Range(1, 4).Select(k => top - 10 * k >= 50 ? Int(top - 10 * k) + "%" : "-");
        }

        if (int.TryParse(Core.Text.BanglaText.ToAsciiDigits(t), out var n))
        {
            return Enumerable.Range(1, 4).Select(k => n - k >= 1 ? Int(n - k) : "-");
        }

        return ["-", "-", "-", "-"];
    }
}
