using ApaIngest.Core.Text;

namespace ApaIngest.CorpusGen.Vocabulary;

/// <summary>
/// The governance area every field office shares (Cabinet Division template; docs/apa-primer.md): five plans,
/// unit প্রাপ্ত নম্বর, method ক্রমপুঞ্জিভূত. Wordings from the seeds (Koyra UNO 2023-24, Khulna ICT 2024-25).
/// </summary>
public static class Governance
{
    public const string ScoreUnit = "প্রাপ্ত নম্বর";
    public const string Cumulative = "ক্রমপুঞ্জিভূত";

    public static readonly IndicatorTemplate Integrity = new(
        "gov.integrity-plan", "শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়িত", "national integrity strategy action plan implemented",
        ScoreUnit, Cumulative, 0, 0,
        ["জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা বাস্তবায়িত", "শুদ্ধাচার কর্ম-পরিকল্পনা বাস্তবায়িত"]);

    public static readonly IndicatorTemplate EGovInnovation = new(
        "gov.egov-innovation-plan", "ই-গভর্ন্যান্স/ উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়িত", "e-governance and innovation action plan implemented",
        ScoreUnit, Cumulative, 0, 0,
        ["ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়িত", "ই-গভর্নেন্স/উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়িত"]);

    public static readonly IndicatorTemplate Grievance = new(
        "gov.grievance-redress-plan", "অভিযোগ প্রতিকার কর্মপরিকল্পনা বাস্তবায়িত", "grievance redress action plan implemented",
        ScoreUnit, Cumulative, 0, 0,
        ["অভিযোগ প্রতিকার ব্যবস্থা কর্মপরিকল্পনা বাস্তবায়িত", "অভিযোগ প্রতিকার ব্যবস্থা সংক্রান্ত কর্মপরিকল্পনা বাস্তবায়িত"]);

    public static readonly IndicatorTemplate CitizenCharter = new(
        "gov.citizen-charter-plan", "সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা বাস্তবায়িত", "citizen charter action plan implemented",
        ScoreUnit, Cumulative, 0, 0,
        ["সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা বাস্তবায়িত", "সিটিজেন চার্টার কর্মপরিকল্পনা বাস্তবায়িত"]);

    public static readonly IndicatorTemplate Rti = new(
        "gov.rti-plan", "তথ্য অধিকার কর্মপরিকল্পনা বাস্তবায়িত", "right to information action plan implemented",
        ScoreUnit, Cumulative, 0, 0,
        ["তথ্য অধিকার বিষয়ক কর্মপরিকল্পনা বাস্তবায়িত", "তথ্য অধিকার বিষয়ে বার্ষিক কর্মপরিকল্পনা বাস্তবায়িত"]);

    public static readonly IReadOnlyList<IndicatorTemplate> All = [Integrity, EGovInnovation, Grievance, CitizenCharter, Rti];

    /// <summary>The activity of each plan: the indicator's wording with "বাস্তবায়িত" turned into "বাস্তবায়ন".</summary>
    public static string ActivityFor(string indicatorWording)
    {
        var wording = BanglaText.Normalize(indicatorWording);
        var done = BanglaText.Normalize("বাস্তবায়িত");
        return wording.EndsWith(done, StringComparison.Ordinal)
            ? wording[..^done.Length] + BanglaText.Normalize("বাস্তবায়ন")
            : wording;
    }

    public static readonly string[] AreaNames =
    [
        "সুশাসন ও সংস্কারমূলক কার্যক্রমের বাস্তবায়ন জোরদারকরণ",
        "সুশাসন ও সংস্কারমূলক কর্মসম্পাদনের ক্ষেত্র",
    ];

    /// <summary>Older templates (2016-17 .. 2018-19) named the area after the mandatory strategic objectives.</summary>
    public const string OldAreaName = "আবশ্যিক কৌশলগত উদ্দেশ্যসমূহ";

    /// <summary>Weights of the five plans: 10/10/4/3/3 in the 2020s template; older years used other splits.</summary>
    public static double[] WeightsFor(int fiscalYearStart) => fiscalYearStart switch
    {
        <= 2018 => [8, 8, 5, 5, 4],
        2019 => [10, 8, 4, 4, 4],
        _ => [10, 10, 4, 3, 3],
    };

    /// <summary>The standard items of the action plans of annexes 4-8 (seeds: Koyra, Khulna ICT, KMP South).</summary>
    public static readonly IReadOnlyList<PlanTemplate> PlanItems =
    [
        new(4, "plan.integrity.ethics-committee-meeting", "1.1", "নৈতিকতা কমিটির সভা আয়োজন", "সভা আয়োজিত", "ethics committee meetings held", "সংখ্যা", 2, "count:4"),
        new(4, "plan.integrity.stakeholder-meeting", "1.2", "সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের (stakeholders) অংশগ্রহণে সভা", "অনুষ্ঠিত সভা", "good-governance meetings with stakeholders", "সংখ্যা", 2, "count:2"),
        new(4, "plan.integrity.training", "1.3", "শুদ্ধাচার সংক্রান্ত প্রশিক্ষণ আয়োজন", "প্রশিক্ষণ আয়োজিত", "integrity trainings held", "সংখ্যা", 2, "count:2"),
        new(4, "plan.integrity.procurement-plan-published", "2.1", "ক্রয়-পরিকল্পনা ওয়েবসাইটে প্রকাশ", "ক্রয়-পরিকল্পনা ওয়েবসাইটে প্রকাশিত", "procurement plan published on the website", "তারিখ", 2, "date:07-31"),
        new(4, "plan.integrity.service-register", "3.1", "সেবা প্রদানের ক্ষেত্রে রেজিস্টারে প্রদেয় সেবার বিবরণ ও সেবাগ্রহীতার মতামত সংরক্ষণ", "রেজিস্টার হালনাগাদকৃত", "service register with recipients' opinions kept", "%", 2, "percent:100"),
        new(5, "plan.egov.innovation-implemented", "1.1", "সেবা সহজিকরণ/ ডিজিটাইজেশনের মাধ্যমে উদ্ভাবনী ধারণা বাস্তবায়ন", "সেবা/অফিস ব্যবস্থাপনা সহজিকরণ/ডিজিটাইজেশনের মাধ্যমে ন্যূনতম একটি উদ্ভাবনী ধারণা বাস্তবায়িত", "at least one innovative idea implemented", "তারিখ", 10, "date:03-09"),
        new(5, "plan.egov.e-file-notes", "2.1", "ই-নথির ব্যবহার বৃদ্ধি", "ই-ফাইলে নোট নিষ্পত্তিকৃত", "notes disposed in e-file", "%", 8, "percent:80"),
        new(5, "plan.egov.portal-updated", "3.1", "তথ্য বাতায়ন হালনাগাদকরণ", "তথ্য বাতায়ন হালনাগাদকৃত", "web portal updated", "সংখ্যা", 6, "count:4"),
        new(6, "plan.grs.complaints-resolved", "1.1", "নির্দিষ্ট সময়ে জিআরএস সিস্টেম, অফলাইন ও অন্যান্য মাধ্যমে প্রাপ্ত অভিযোগ নিষ্পত্তি", "অভিযোগ নিষ্পত্তিকৃত", "complaints resolved in time", "%", 15, "percent:90"),
        new(6, "plan.grs.monthly-report", "1.2", "অভিযোগ নিষ্পত্তি সংক্রান্ত মাসিক প্রতিবেদন ত্রৈমাসিক ভিত্তিতে উর্ধ্বতন কর্তৃপক্ষের নিকট প্রেরণ", "প্রতিবেদন প্রেরিত", "monthly complaint reports sent", "সংখ্যা", 5, "count:4"),
        new(6, "plan.grs.training", "2.1", "অভিযোগ প্রতিকার ব্যবস্থা এবং জিআরএস সফটওয়্যার বিষয়ক প্রশিক্ষণ/কর্মশালা/সেমিনার আয়োজন", "প্রশিক্ষণ/কর্মশালা/সেমিনার আয়োজিত", "GRS trainings held", "সংখ্যা", 5, "count:1"),
        new(7, "plan.charter.updated", "1.1", "ত্রৈমাসিকভিত্তিতে নিজ দপ্তরের সেবা প্রদান প্রতিশ্রুতি হালনাগাদপূর্বক ওয়েবসাইটের সেবা বক্সে উপস্থাপন", "সেবা প্রদান প্রতিশ্রুতি হালনাগাদকৃত", "citizen charter updated quarterly", "সংখ্যা", 10, "count:4"),
        new(7, "plan.charter.training", "2.1", "সেবা প্রদান প্রতিশ্রুতি বিষয়ে প্রশিক্ষণ/সেমিনার/কর্মশালা/অবহিতকরণ সভা আয়োজন", "প্রশিক্ষণ/সেমিনার/কর্মশালা/অবহিতকরণ সভা আয়োজিত", "citizen charter trainings held", "সংখ্যা", 7, "count:2"),
        new(8, "plan.rti.requests-resolved", "1.1", "তথ্য অধিকার আইন অনুযায়ী নির্ধারিত সময়ের মধ্যে তথ্য প্রাপ্তির আবেদন নিষ্পত্তি", "নির্ধারিত সময়ের মধ্যে তথ্য প্রাপ্তির আবেদন নিষ্পত্তি", "information requests resolved in time", "%", 6, "percent:100"),
        new(8, "plan.rti.annual-report", "2.1", "বার্ষিক প্রতিবেদন প্রকাশ", "নির্ধারিত সময়ে বার্ষিক প্রতিবেদন প্রকাশিত", "annual report published in time", "তারিখ", 3, "date:10-15"),
        new(8, "plan.rti.awareness", "2.2", "তথ্য অধিকার আইন ও বিধিবিধান সম্পর্কে জনসচেতনতা বৃদ্ধিকরণ", "প্রচার কার্যক্রম সম্পন্ন", "RTI awareness activities done", "সংখ্যা", 4, "count:3"),
    ];

    public static readonly IReadOnlyDictionary<int, string> AnnexTitles = new Dictionary<int, string>
    {
        [4] = "জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা",
        [5] = "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা",
        [6] = "অভিযোগ প্রতিকার ব্যবস্থা সংক্রান্ত কর্মপরিকল্পনা",
        [7] = "সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা",
        [8] = "তথ্য অধিকার বিষয়ে বার্ষিক কর্মপরিকল্পনা",
    };
}
