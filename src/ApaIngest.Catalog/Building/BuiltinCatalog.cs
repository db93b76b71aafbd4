using ApaIngest.Catalog.Model;
using ApaIngest.Core.Documents;

namespace ApaIngest.Catalog.Building;

/// <summary>
/// What every office shares, written down once: the five governance indicators of section 3 (Cabinet Division
/// template, docs/apa-primer.md) and the standard rows of the annex 4-8 action plans, with the seeds' wordings.
/// Ids agree with the corpus generator's vocabulary (tools/ApaIngest.CorpusGen/Vocabulary/Governance.cs).
/// </summary>
public static class BuiltinCatalog
{
    public const string Source = "builtin";

    public static IReadOnlyList<OfficeKind> OfficeKinds { get; } =
    [
        new("uno", "উপজেলা নির্বাহী অফিসারের কার্যালয়", ["উপজেলা নির্বাহী"]),
        new("dc", "জেলা প্রশাসকের কার্যালয়", ["জেলা প্রশাসক", "ডেপুটি কমিশনার"]),
        new("police", "পুলিশ (জেলা/মেট্রোপলিটন)", ["পুলিশ", "থানা"]),
        new("ict", "তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, জেলা কার্যালয়", ["আইসিটি", "তথ্য ও যোগাযোগ প্রযুক্তি"]),
    ];

    public static IReadOnlyList<CatalogEntry> Entries { get; } = [.. GovernanceEntries(), .. PlanEntries()];

    private static IEnumerable<CatalogEntry> GovernanceEntries()
    {
        yield return Gov("gov.integrity-plan", "1.1.1", "শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়িত",
            "national integrity strategy action plan implemented",
            ["জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা বাস্তবায়িত", "শুদ্ধাচার কৌশল কর্মপরিকল্পনা বাস্তবায়িত", "শুদ্ধাচার কর্ম-পরিকল্পনা বাস্তবায়িত"],
            "শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়ন", ["জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা বাস্তবায়ন"]);
        yield return Gov("gov.egov-innovation-plan", "1.2.1", "ই-গভর্ন্যান্স/ উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়িত",
            "e-governance and innovation action plan implemented",
            ["ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়িত", "ই-গভর্নেন্স/উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়িত", "উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়িত"],
            "ই-গভর্ন্যান্স/ উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন", ["ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন"]);
        yield return Gov("gov.grievance-redress-plan", "1.3.1", "অভিযোগ প্রতিকার কর্মপরিকল্পনা বাস্তবায়িত",
            "grievance redress action plan implemented",
            ["অভিযোগ প্রতিকার ব্যবস্থা কর্মপরিকল্পনা বাস্তবায়িত", "অভিযোগ প্রতিকার ব্যবস্থা সংক্রান্ত কর্মপরিকল্পনা বাস্তবায়িত"],
            "অভিযোগ প্রতিকার কর্মপরিকল্পনা বাস্তবায়ন", ["অভিযোগ প্রতিকার ব্যবস্থা কর্মপরিকল্পনা বাস্তবায়ন"]);
        yield return Gov("gov.citizen-charter-plan", "1.4.1", "সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা বাস্তবায়িত",
            "citizen charter action plan implemented",
            ["সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা বাস্তবায়িত", "সিটিজেন চার্টার কর্মপরিকল্পনা বাস্তবায়িত"],
            "সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা বাস্তবায়ন", ["সিটিজেন চার্টার কর্মপরিকল্পনা বাস্তবায়ন"]);
        yield return Gov("gov.rti-plan", "1.5.1", "তথ্য অধিকার কর্মপরিকল্পনা বাস্তবায়িত",
            "right to information action plan implemented",
            ["তথ্য অধিকার বিষয়ক কর্মপরিকল্পনা বাস্তবায়িত", "তথ্য অধিকার বিষয়ে বার্ষিক কর্মপরিকল্পনা বাস্তবায়িত"],
            "তথ্য অধিকার কর্মপরিকল্পনা বাস্তবায়ন", ["তথ্য অধিকার বিষয়ক কর্মপরিকল্পনা বাস্তবায়ন"]);
    }

    private static CatalogEntry Gov(string id, string code, string name, string en, string[] variants, string activity, string[] activityVariants) => new()
    {
        Id = id,
        NameBn = name,
        NameEn = en,
        Group = CatalogGroups.Governance,
        Unit = Units.Score,
        Calculation = Calculations.Cumulative,
        TypicalCode = code,
        Variants = variants,
        ActivityBn = activity,
        ActivityVariants = activityVariants,
        Sources = [Source],
    };

    private static IEnumerable<CatalogEntry> PlanEntries()
    {
        // (annex, id, code, activity, indicator, English, unit) — seeds: Koyra, Khulna ICT, KMP South annexes 4-8.
        (int Annex, string Id, string Code, string Activity, string Name, string En, string Unit, string[] Variants)[] rows =
        [
            (4, "plan.integrity.ethics-committee-meeting", "1.1", "নৈতিকতা কমিটির সভা আয়োজন", "সভা আয়োজিত", "ethics committee meetings held", Units.Count, ["নৈতিকতা কমিটির সভা অনুষ্ঠিত"]),
            (4, "plan.integrity.ethics-decisions", "1.2", "নৈতিকতা কমিটির সভার সিদ্ধান্ত বাস্তবায়ন", "বাস্তবায়িত সিদ্ধান্ত", "ethics committee decisions implemented", Units.Percent, []),
            (4, "plan.integrity.stakeholder-meeting", "1.2", "সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের (stakeholders) অংশগ্রহণে সভা", "অনুষ্ঠিত সভা", "good-governance meetings with stakeholders", Units.Count, []),
            (4, "plan.integrity.training", "1.3", "শুদ্ধাচার সংক্রান্ত প্রশিক্ষণ আয়োজন", "প্রশিক্ষণ আয়োজিত", "integrity trainings held", Units.Count, ["প্রশিক্ষিত কর্মচারী"]),
            (4, "plan.integrity.work-environment", "1.4", "কর্ম-পরিবেশ উন্নয়ন", "উন্নত কর্ম-পরিবেশ", "work environment improved", Units.Other, []),
            (4, "plan.integrity.procurement-plan-published", "2.1", "ক্রয়-পরিকল্পনা ওয়েবসাইটে প্রকাশ", "ক্রয়-পরিকল্পনা ওয়েবসাইটে প্রকাশিত", "procurement plan published on the website", Units.Date, []),
            (4, "plan.integrity.service-register", "3.1", "সেবা প্রদানের ক্ষেত্রে রেজিস্টারে প্রদেয় সেবার বিবরণ ও সেবাগ্রহীতার মতামত সংরক্ষণ", "রেজিস্টার হালনাগাদকৃত", "service register with recipients' opinions kept", Units.Percent, []),
            (5, "plan.egov.innovation-implemented", "1.1", "সেবা সহজিকরণ/ ডিজিটাইজেশনের মাধ্যমে উদ্ভাবনী ধারণা বাস্তবায়ন", "সেবা/অফিস ব্যবস্থাপনা সহজিকরণ/ডিজিটাইজেশনের মাধ্যমে ন্যূনতম একটি উদ্ভাবনী ধারণা বাস্তবায়িত", "at least one innovative idea implemented", Units.Date, ["একটি উদ্ভাবনী ধারণা/সেবা সহজিকরণ/ডিজিটাইজেশন বাস্তবায়িত"]),
            (5, "plan.egov.digitised-services-running", "2.1", "ইতঃপূর্বে বাস্তবায়িত সহজিকৃত ও ডিজিটাইজকৃত সেবা চালু অব্যাহত রাখা", "ইতঃপূর্বে উদ্ভাবিত/সহজিকৃত/ ডিজিটাইজকৃত সেবাসমূহের ডাটাবেজ হালনাগাদকরণ ও ডাটাবেজের সেবাসমূহ চালু রাখা", "earlier digitised services kept running", Units.Count, []),
            (5, "plan.egov.innovation-showcasing", "3.1", "ইনোভেশন শোকেসিং", "আওতাধীন অফিসসমূহের অংশগ্রহণে ন্যূনতম একটি ইনোভেশন প্রদর্শনী (শোকেসিং) আয়োজিত এবং শ্রেষ্ঠ উদ্ভাবনী উদ্যোগ নির্বাচিত", "innovation showcasing held", Units.Date, []),
            (5, "plan.egov.e-file-notes", "2.1", "ই-নথির ব্যবহার বৃদ্ধি", "ই-ফাইলে নোট নিষ্পত্তিকৃত", "notes disposed in e-file", Units.Percent, []),
            (5, "plan.egov.portal-updated", "3.1", "তথ্য বাতায়ন হালনাগাদকরণ", "তথ্য বাতায়ন হালনাগাদকৃত", "web portal updated", Units.Count, []),
            (5, "plan.egov.smart-bangladesh-workshop", "6.1", "স্মার্ট বাংলাদেশ বিনির্মাণে কর্মশালা আয়োজন", "স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মশালা/সেমিনার আয়োজিত", "Smart Bangladesh workshops held", Units.Count, []),
            (5, "plan.egov.4ir-workshop", "4.1", "৪র্থ শিল্প বিপ্লবের চ্যালেঞ্জ মোকাবেলায় করণীয় বিষয়ে অবহিতকরণ সভা/কর্মশালা আয়োজন", "৪র্থ শিল্প বিপ্লবের চ্যালেঞ্জ মোকাবেলায় করণীয় বিষয়ে অবহিতকরণ সভা/কর্মশালা আয়োজিত", "4IR awareness workshops held", Units.Count, []),
            (6, "plan.grs.complaints-resolved", "1.1", "নির্দিষ্ট সময়ে জিআরএস সিস্টেম, অফলাইন ও অন্যান্য মাধ্যমে প্রাপ্ত অভিযোগ নিষ্পত্তি", "অভিযোগ নিষ্পত্তিকৃত", "complaints resolved in time", Units.Percent, ["অভিযোগ নিষ্পত্তি"]),
            (6, "plan.grs.monthly-report", "1.2", "অভিযোগ নিষ্পত্তি সংক্রান্ত মাসিক প্রতিবেদন ত্রৈমাসিক ভিত্তিতে উর্ধ্বতন কর্তৃপক্ষের নিকট প্রেরণ", "প্রতিবেদন প্রেরিত", "monthly complaint reports sent", Units.Count, []),
            (6, "plan.grs.training", "2.1", "অভিযোগ প্রতিকার ব্যবস্থা এবং জিআরএস সফটওয়্যার বিষয়ক প্রশিক্ষণ/কর্মশালা/সেমিনার আয়োজন", "প্রশিক্ষণ/কর্মশালা/সেমিনার আয়োজিত", "GRS trainings held", Units.Count, []),
            (7, "plan.charter.updated", "1.1", "ত্রৈমাসিকভিত্তিতে নিজ দপ্তরের সেবা প্রদান প্রতিশ্রুতি হালনাগাদপূর্বক ওয়েবসাইটের সেবা বক্সে উপস্থাপন", "সেবা প্রদান প্রতিশ্রুতি হালনাগাদকৃত", "citizen charter updated quarterly", Units.Count, []),
            (7, "plan.charter.training", "2.1", "সেবা প্রদান প্রতিশ্রুতি বিষয়ে প্রশিক্ষণ/সেমিনার/কর্মশালা/অবহিতকরণ সভা আয়োজন", "প্রশিক্ষণ/সেমিনার/কর্মশালা/অবহিতকরণ সভা আয়োজিত", "citizen charter trainings held", Units.Count, ["প্রশিক্ষণ আয়োজিত"]),
            (8, "plan.rti.requests-resolved", "1.1", "তথ্য অধিকার আইন অনুযায়ী নির্ধারিত সময়ের মধ্যে তথ্য প্রাপ্তির আবেদন নিষ্পত্তি", "নির্ধারিত সময়ের মধ্যে তথ্য প্রাপ্তির আবেদন নিষ্পত্তি", "information requests resolved in time", Units.Percent, ["নির্ধারিত সময়ের মধ্যে তথ্য প্রদানকৃত"]),
            (8, "plan.rti.proactive-disclosure", "1.2", "স্বপ্রণোদিতভাবে প্রকাশযোগ্য তথ্য হালনাগাদ করে ওয়েবসাইটে প্রকাশ", "হালনাগাদকৃত তথ্য ওয়েবসাইটে প্রকাশিত", "proactively disclosable information published", Units.Date, []),
            (8, "plan.rti.annual-report", "2.1", "বার্ষিক প্রতিবেদন প্রকাশ", "নির্ধারিত সময়ে বার্ষিক প্রতিবেদন প্রকাশিত", "annual report published in time", Units.Date, ["বার্ষিক প্রতিবেদন প্রকাশিত"]),
            (8, "plan.rti.awareness", "2.2", "তথ্য অধিকার আইন ও বিধিবিধান সম্পর্কে জনসচেতনতা বৃদ্ধিকরণ", "প্রচার কার্যক্রম সম্পন্ন", "RTI awareness activities done", Units.Count, []),
            (8, "plan.rti.training", "1.6", "তথ্য অধিকার বিষয়ে কর্মকর্তাদের প্রশিক্ষণ আয়োজন", "প্রশিক্ষণ আয়োজিত", "RTI trainings for officers held", Units.Count, []),
        ];

        return rows.Select(r => new CatalogEntry
        {
            Id = r.Id,
            NameBn = r.Name,
            NameEn = r.En,
            Group = CatalogGroups.Plan,
            Annex = r.Annex,
            Unit = r.Unit,
            ActivityBn = r.Activity,
            Variants = r.Variants,
            Sources = [Source],
        });
    }
}
