using ApaIngest.Core.Documents;
using ApaIngest.CorpusGen.Model;
using ApaIngest.CorpusGen.Vocabulary;
using static ApaIngest.CorpusGen.Model.BanglaFormat;

namespace ApaIngest.CorpusGen.Layout;

/// <summary>Lays an agreement out as the pages of a real APA (docs/apa-primer.md, the seed transcriptions).</summary>
public static partial class DocumentLayout
{
    public const double TextPt = 11;
    private const double SmallPt = 9;

    /// <summary>Usable page heights (mm) to try, most generous first: a layout whose PDF overflows is redone tighter.</summary>
    public static readonly double[] PageHeights = [200, 188, 176, 164, 150];

    public static IReadOnlyList<Page> Pages(Agreement a, double pageHeight = 200)
    {
        // Two passes: the contents page needs the page numbers of the sections.
        var first = Build(a, new Dictionary<string, int>(), pageHeight);
        return Build(a, SectionPages(first), pageHeight).Select(Normalized).ToList();
    }

    private static Page Normalized(Page page) => new(page.Blocks.Select(b => b switch
    {
        TextBlock t => t with { Text = AgreementBuilder.N(t.Text) },
        LinesBlock l => l with { Lines = l.Lines.Select(AgreementBuilder.N).ToList() },
        SignaturesBlock s => new SignaturesBlock(s.Left.Select(AgreementBuilder.N).ToList(), s.Right.Select(AgreementBuilder.N).ToList()),
        TableBlock t => t with { Head = Cells(t.Head), Body = Cells(t.Body) },
        _ => b,
    }).ToList());

    private static List<IReadOnlyList<Cell>> Cells(IReadOnlyList<IReadOnlyList<Cell>> rows) =>
        rows.Select(r => (IReadOnlyList<Cell>)r.Select(c => c with { Text = string.Join("\n", c.Text.Split('\n').Select(AgreementBuilder.N)) }).ToList()).ToList();

    private static Dictionary<string, int> SectionPages(IReadOnlyList<Page> pages)
    {
        var result = new Dictionary<string, int>();
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var b in pages[p].Blocks.OfType<TextBlock>().Where(t => t.Css.Contains("section")))
            {
                result.TryAdd(b.Text, p + 1);
            }
        }

        return result;
    }

    private static IReadOnlyList<Page> Build(Agreement a, IReadOnlyDictionary<string, int> sectionPages, double pageHeight)
    {
        var flow = new Flow(pageHeight);
        Cover(a, flow);
        flow.Break();
        ContentsAndPreamble(a, flow, sectionPages);
        flow.Break();
        Section1(a, flow);
        Section2(a, flow);
        flow.Break();
        Section3(a, flow);
        flow.EnsureRoom(75);
        Signatures(a, flow);
        flow.Break();
        Annexes1To3(a, flow);
        if (a.Gold.PlanItems.Count > 0)
        {
            flow.Break();
            Annexes4To8(a, flow);
        }

        return flow.Pages;
    }

    private static double TextHeight(string text, double pt, double widthMm = 255) =>
        Flow.LinesOf(text, widthMm, pt) * Flow.LineHeight(pt) + pt * 0.3528 * 0.9;

    private static void Text(Flow flow, string text, string css = "", double pt = TextPt) =>
        flow.Add(new TextBlock(text, css), TextHeight(text, css.Contains("title") ? pt * 1.6 : css.Contains("section") ? pt * 1.25 : pt));

    private static void Lines(Flow flow, IReadOnlyList<string> lines, string css = "", double pt = TextPt) =>
        flow.Add(new LinesBlock(lines, css), lines.Sum(l => TextHeight(l, css.Contains("big") ? pt * 1.3 : pt)));

    private static string FyRange(Agreement a)
    {
        var y = a.FiscalYearStart;
        return a.Index % 3 == 2
            ? $"১ জুলাই, {Int(y)} - ৩০ জুন, {Int(y + 1)}"
            : $"জুলাই ১, {Int(y)} - জুন ৩০, {Int(y + 1)}";
    }

    private static void Cover(Agreement a, Flow flow)
    {
        flow.Add(new TextBlock("", "spacer"), 14);
        Text(flow, "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "center big");
        flow.Add(new TextBlock("", "spacer"), 14);
        Lines(flow, a.SignatoryLines, "center big");
        Text(flow, "এবং", "center");
        Lines(flow, [.. a.SupervisorLines.SkipLast(1), a.SupervisorLines[^1] + "-এর মধ্যে স্বাক্ষরিত"], "center big");
        flow.Add(new TextBlock("", "spacer"), 14);
        Text(flow, "বার্ষিক কর্মসম্পাদন চুক্তি", "center title");
        Text(flow, FyRange(a), "center big");
    }

    private static string Party(IReadOnlyList<string> lines) => string.Join(", ", lines);

    private static readonly string[] ContentsEntries =
    [
        "প্রস্তাবনা",
        "সেকশন ১: রূপকল্প, অভিলক্ষ্য, কর্মসম্পাদনের ক্ষেত্র এবং কার্যাবলি",
        "সেকশন ২: বিভিন্ন কার্যক্রমের ফলাফল/প্রভাব",
        "সেকশন ৩: কর্মসম্পাদন পরিকল্পনা",
        "সংযোজনী ১: শব্দসংক্ষেপ",
        "সংযোজনী ২: কর্মসম্পাদন ব্যবস্থাপনা ও প্রমাণক",
        "সংযোজনী ৩: অন্য অফিসের সঙ্গে সংশ্লিষ্ট কর্মসম্পাদন সূচকসমূহ",
        "সংযোজনী ৪-৮: সংস্কার ও সুশাসনমূলক কার্যক্রমের বাস্তবায়ন সংক্রান্ত কর্মপরিকল্পনাসমূহ",
    ];

    private static void ContentsAndPreamble(Agreement a, Flow flow, IReadOnlyDictionary<string, int> sectionPages)
    {
        Text(flow, "সূচিপত্র", "heading center");
        var entries = ContentsEntries.Take(a.Gold.PlanItems.Count > 0 ? 8 : 7).ToList();
        var rows = entries.Select(e => (IReadOnlyList<Cell>)[new Cell(e), new Cell(PageOf(sectionPages, e), Css: "num")]).ToList();
        var table = new TableBlock([[new Cell("বিষয়"), new Cell("পৃষ্ঠা নং")]], rows, [200, 30], "contents");
        flow.Add(table, (rows.Count + 1) * (Flow.LineHeight(TextPt) + 2.5));

        Text(flow, "প্রস্তাবনা", "section heading center");
        var vision = a.FiscalYearStart >= 2021 ? "রূপকল্প ২০৪১" : "রূপকল্প ২০২১";
        Text(flow, $"প্রাতিষ্ঠানিক দক্ষতা বৃদ্ধি, স্বচ্ছতা ও জবাবদিহি জোরদার করা, সুশাসন সংহতকরণ এবং সম্পদের যথাযথ ব্যবহার নিশ্চিতকরণের মাধ্যমে {vision} এর যথাযথ বাস্তবায়নের লক্ষ্যে-");
        Text(flow, Party(a.SignatoryLines), "center");
        Text(flow, "এবং", "center");
        var d = a.SignedOn;
        Text(flow, $"{Party(a.SupervisorLines)}-এর মধ্যে {Int(d.Year)} সালের {MonthBn(d.Month)} মাসের {Int(d.Day)} তারিখে এই বার্ষিক কর্মসম্পাদন চুক্তি স্বাক্ষরিত হল।", "center");
        Text(flow, "এই চুক্তিতে স্বাক্ষরকারী উভয়পক্ষ নিম্নলিখিত বিষয়সমূহে সম্মত হলেন:");
    }

    private static string PageOf(IReadOnlyDictionary<string, int> sectionPages, string entry)
    {
        var key = entry.Split(':')[0];
        var hit = sectionPages.FirstOrDefault(kv => kv.Key.Split(':')[0] == key || kv.Key.StartsWith(key, StringComparison.Ordinal));
        return hit.Value > 0 ? Int(hit.Value) : "";
    }

    private static void Section1(Agreement a, Flow flow)
    {
        var g = a.Gold;
        Text(flow, "সেকশন ১: রূপকল্প, অভিলক্ষ্য, কর্মসম্পাদনের ক্ষেত্র এবং কার্যাবলি", "section heading");
        Text(flow, "১.১ রূপকল্প (Vision)", "sub");
        Text(flow, g.Agreement.Vision!);
        Text(flow, "১.২ অভিলক্ষ্য (Mission)", "sub");
        Text(flow, g.Agreement.Mission!);
        var areaWord = a.Style.OldTemplate ? "কৌশলগত উদ্দেশ্য" : "কর্মসম্পাদনের ক্ষেত্র";
        Text(flow, $"১.৩ {areaWord}", "sub");
        var office = g.PerformanceAreas.Where(p => p.Group == Groups.Office).Select(p => $"{Int(int.Parse(p.Code))}. {p.Name}").ToList();
        Lines(flow, office);
        Text(flow, a.Style.OldTemplate ? "১.৩.২ আবশ্যিক কৌশলগত উদ্দেশ্য" : "১.৩.২ সুশাসন ও সংস্কারমূলক কর্মসম্পাদনের ক্ষেত্র", "sub");
        Lines(flow, [$"১. {g.PerformanceAreas.Single(p => p.Group == Groups.Governance).Name}"]);
        Text(flow, "১.৪ কার্যাবলি (Functions)", "sub");
        Lines(flow, a.Functions.Select((f, i) => $"{Int(i + 1)}. {f}").ToList());
    }

    private static void Section2(Agreement a, Flow flow)
    {
        var fy = a.FiscalYearStart;
        var longFy = a.Style.LongFiscalYears;
        Text(flow, "সেকশন ২: বিভিন্ন কার্যক্রমের ফলাফল/প্রভাব (Outcome/Impact)", "section heading");
        IReadOnlyList<Cell> head =
        [
            new("ফলাফল/প্রভাব"), new("কর্মসম্পাদন সূচকসমূহ"), new("একক"),
            new($"প্রকৃত অর্জন {FiscalYearBn(fy - 2, longFy)}"), new($"প্রকৃত অর্জন* {FiscalYearBn(fy - 1, longFy)}"),
            new($"লক্ষ্যমাত্রা {FiscalYearBn(fy, longFy)}"),
            new($"প্রক্ষেপণ {FiscalYearBn(fy + 1, longFy)}"), new($"প্রক্ষেপণ {FiscalYearBn(fy + 2, longFy)}"),
            new("নির্ধারিত লক্ষ্যমাত্রা অর্জনের ক্ষেত্রে যৌথভাবে দায়িত্বপ্রাপ্ত মন্ত্রণালয়/বিভাগ/সংস্থাসমূহের নাম"), new("উপাত্তসূত্র"),
        ];
        double[] widths = [40, 55, 12, 17, 17, 17, 17, 17, 45, 22];
        var rows = a.Gold.Outcomes.Select(o => (IReadOnlyList<Cell>)
        [
            new(o.Name!), new(o.Indicator!), new(o.UnitRaw!),
            new(o.Actuals[0].Raw!, Css: "num"), new(o.Actuals[1].Raw!, Css: "num"), new(o.Target!.Raw!, Css: "num"),
            new(o.Projections[0].Raw!, Css: "num"), new(o.Projections[1].Raw!, Css: "num"),
            new(o.JointlyResponsible!), new(o.DataSource!),
        ]).ToList();
        flow.AddTable(new TableBlock([head], rows, widths, "grid"), Flow.RowHeight(head, widths, SmallPt), rows.Select(r => Flow.RowHeight(r, widths, SmallPt)).ToList());
        Text(flow, "*সাময়িক (provisional) তথ্য", "note", SmallPt);
    }

    public static string Code(Agreement a, string code) =>
        a.Style.BracketCodes ? $"[{Digits(code)}]" : $"{Digits(code)})";

    public static string Weight(double? w) =>
        w is null ? "" : w == Math.Floor(w.Value) ? Int((long)w.Value) : Fixed(w.Value, 1);

    private static void Signatures(Agreement a, Flow flow)
    {
        var s = Party(a.SignatoryLines);
        var v = Party(a.SupervisorLines);
        Text(flow, $"আমি, {s}, {v}-এর নিকট অঙ্গীকার করছি যে এই চুক্তিতে বর্ণিত লক্ষ্যমাত্রা অর্জনে সচেষ্ট থাকব।");
        Text(flow, $"আমি, {v} হিসাবে {s}-এর নিকট অঙ্গীকার করছি যে এই চুক্তিতে বর্ণিত লক্ষ্যমাত্রা অর্জনে প্রয়োজনীয় সহযোগিতা প্রদান করব।");
        Text(flow, "স্বাক্ষরিত:");
        var date = Date(a.SignedOn, a.Style.DateFormat);
        flow.Add(new SignaturesBlock([.. a.SignatoryLines, date, "তারিখ"], [.. a.SupervisorLines, date, "তারিখ"]),
            (Math.Max(a.SignatoryLines.Count, a.SupervisorLines.Count) + 2) * Flow.LineHeight(TextPt) + 30);
    }
}
