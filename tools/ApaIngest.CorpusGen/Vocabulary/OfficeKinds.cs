namespace ApaIngest.CorpusGen.Vocabulary;

/// <summary>
/// The office kinds of the corpus, with their areas, activities and indicators. Wordings come from the seed
/// transcriptions (Koyra UNO, KMP South, Khulna ICT) where they exist, else from the same template language.
/// Date indicators encode their customary day in Min (month) and Max (day).
/// </summary>
public static partial class OfficeKinds
{
    private static IndicatorTemplate I(string id, string name, string en, string unit, string calc, double min, double max, params string[] variants) =>
        new(id, name, en, unit, calc, min, max, variants);

    private static ActivityTemplate A(string text, params IndicatorTemplate[] indicators) => new(text, indicators);

    private static AreaTemplate Area(string name, string outcome, params ActivityTemplate[] activities) => new(name, outcome, activities);

    private const string Count = "সংখ্যা";
    private const string Pct = "%";
    private const string Date = "তারিখ";
    private const string Persons = "জন";
    private const string PersonsLakh = "জন (লক্ষ)";
    private const string Taka = "টাকা";
    private const string CroreTaka = "কোটি টাকা";
    private const string Sum = "সমষ্টি";
    private const string Avg = "গড়";
    private const string Cum = "ক্রমপুঞ্জিভূত";
    private const string OnDate = "তারিখ";

    // Shared across kinds: the same indicator in several offices is what issue 9 must recognise.
    private static readonly IndicatorTemplate MonthlyMeetingDecisions = I(
        "common.monthly-meeting-decisions", "মাসিক সমন্বয় সভার সিদ্ধান্ত বাস্তবায়িত", "decisions of the monthly coordination meeting implemented", Pct, Avg, 80, 100,
        "সিদ্ধান্ত বাস্তবায়িত", "মাসিক সভার সিদ্ধান্ত বাস্তবায়নের হার");

    private static readonly IndicatorTemplate StaffTraining = I(
        "common.staff-training", "প্রশিক্ষণপ্রাপ্ত কর্মকর্তা-কর্মচারী", "officers and staff trained", Persons, Sum, 10, 60,
        "কর্মকর্তা- কর্মচারীদের সংখ্যা", "প্রশিক্ষিত কর্মকর্তা/কর্মচারী");

    private static readonly IndicatorTemplate Inspections = I(
        "common.field-inspections", "পরিদর্শনকৃত কার্যালয়/প্রতিষ্ঠান", "offices/institutions inspected", Count, Sum, 6, 48,
        "পরিদর্শন সংখ্যা", "পরিদর্শনের সংখ্যা");

    public static readonly IReadOnlyList<OfficeKind> All =
    [
        new("uno", "uno", "Upazila Nirbahi Office", OfficeLevel.Upazila,
            "উপজেলা নির্বাহী অফিসার", "উপজেলা নির্বাহী অফিসারের কার্যালয়, {u}, {d}",
            "জেলা প্রশাসক", "জেলা প্রশাসকের কার্যালয়, {d}",
            "দক্ষ, স্বচ্ছ, কার্যকর, গতিশীল এবং জনবান্ধব প্রশাসন",
            "তথ্যপ্রযুক্তি ব্যবহার, উদ্ভাবন চর্চা ও প্রাতিষ্ঠানিক সক্ষমতা বৃদ্ধির মাধ্যমে একটি দক্ষ, সেবামুখী ও মানসম্মত এবং সময়োপযোগী জনমুখী প্রশাসন গড়ে তোলা।",
            ["উপজেলা উন্নয়ন কর্মকান্ডের সমন্বয় সাধন।", "উপজেলার রাজস্ব প্রশাসনের সার্বিক নিয়ন্ত্রণ, তত্ত্বাবধান এবং পরিবীক্ষণ।", "দুর্যোগ ব্যবস্থাপনা এবং ত্রাণ ও পুনর্বাসন কার্যক্রম গ্রহণ ও বাস্তবায়ন।", "স্থানীয় সরকার সংক্রান্ত কার্যক্রম ও এনজিওদের কার্যক্রমের সমন্বয় সাধন।"],
            [("ইউ.এন.ও", "উপজেলা নির্বাহী অফিসার"), ("টি.আর", "টেস্ট রিলিফ"), ("এস.আর", "সার্ভিস রিটার্ন")],
            "প্রতিবেদন",
            [
                Area("ভূমি ব্যবস্থাপনা", "সরকারি বেদখল সম্পত্তি রক্ষা, রাজস্ব আদায় ও তদারকি",
                    A("সহকারী কমিশনার (ভূমি) অফিস পরিদর্শন",
                        I("land.ac-land-office-inspection", "সহকারী কমিশনার (ভূমি) অফিস পরিদর্শন সংখ্যা", "inspections of the AC (Land) office", Count, Sum, 4, 12, "পরিদর্শন সংখ্যা", "এসি ল্যান্ড অফিস পরিদর্শনের সংখ্যা")),
                    A("ইউনিয়ন ভূমি অফিস পরিদর্শন",
                        I("land.union-land-office-inspection", "ইউনিয়ন ভূমি অফিস পরিদর্শন সংখ্যা", "inspections of union land offices", Count, Sum, 12, 48, "পরিদর্শন সংখ্যা")),
                    A("সায়রাত মহাল ইজারা প্রদান",
                        I("land.sairat-mahal-lease", "ইজারা প্রদানের সংখ্যা", "sairat mahals leased", Count, Sum, 10, 40, "সায়রাত মহাল ইজারা প্রদানকৃত")),
                    A("খাসজমি উদ্ধারকল্পে উচ্ছেদ প্রস্তাব প্রেরণ",
                        I("land.eviction-proposals", "উচ্ছেদ প্রস্তাব প্রেরণের সংখ্যা", "eviction proposals for khas land sent", Count, Sum, 2, 10)),
                    A("ভূমি উন্নয়ন কর আদায়",
                        I("land.development-tax-collected", "আদায়কৃত ভূমি উন্নয়ন কর", "land development tax collected", CroreTaka, Sum, 5_000_000, 40_000_000, "ভূমি উন্নয়ন কর আদায়ের পরিমাণ"))),
                Area("উন্নয়ন ও প্রশাসনিক সমন্বয় এবং স্থানীয় সরকার সংক্রান্ত", "উপজেলা পর্যায়ের দপ্তরসমূহের উন্নয়নমূলক কার্যক্রমের কার্যকর সমন্বয়সাধন",
                    A("উপজেলা মাসিক সভার সিদ্ধান্ত বাস্তবায়ন", MonthlyMeetingDecisions),
                    A("উন্নয়ন প্রকল্পের/ কার্যক্রমের মান নিশ্চিত করে পরিদর্শন করা",
                        I("dev.project-inspection", "উন্নয়ন প্রকল্প পরিদর্শন সংখ্যা", "development project inspections", Count, Sum, 12, 36, "পরিদর্শন সংখ্যা")),
                    A("গ্রামীণ বাজার মূল্য স্থিতিশীল রাখতে পদক্ষেপ গ্রহণ, বাজার মনিটরিং বৃদ্ধি",
                        I("dev.market-monitoring", "বাজার মনিটরিং সংখ্যা", "market monitoring visits", Count, Sum, 10, 48)),
                    A("জন্ম নিবন্ধন কার্যক্রম তদারকি",
                        I("dev.birth-registration-45-days", "৪৫ দিনের মধ্যে জন্ম নিবন্ধনের হার", "births registered within 45 days", Pct, Avg, 80, 100, "তদারকি"))),
                Area("আইন-শৃঙ্খলা", "উপজেলা ম্যাজিস্ট্রেসি ও প্রশাসনের মাধ্যমে জনশৃঙ্খলা ও জনসচেতনতামূলক কার্যক্রম জোরদারকরণ",
                    A("বাল্যবিবাহ, ইভটিজিং, খাদ্যে ভেজাল, নকল পণ্য ইত্যাদি রোধে নিয়মিত মোবাইল কোর্ট পরিচালনা",
                        I("law.mobile-courts", "পরিচালিত মোবাইল কোর্ট", "mobile courts conducted", Count, Sum, 12, 48, "মোবাইল কোর্ট পরিচালনা", "মোবাইল কোর্ট পরিচালনার সংখ্যা")),
                    A("মাদকমুক্ত সমাজ গঠনে পদক্ষেপ গ্রহণ",
                        I("law.anti-drug-meetings", "মাদকবিরোধী সচেতনতামূলক সভা আয়োজিত", "anti-drug awareness meetings", Count, Sum, 6, 24, "আয়োজিত সভা"))),
                Area("শিক্ষা, সংস্কৃতি, আইসিটি ও অন্যান্য", "শিক্ষার গুণগত মানোন্নয়ন এবং মানব সম্পদ উন্নয়ন",
                    A("শিক্ষা প্রতিষ্ঠানে উন্নত পাঠদান নিশ্চিতে পদক্ষেপ গ্রহণ",
                        I("edu.institution-inspection", "পরিদর্শনকৃত শিক্ষা প্রতিষ্ঠান", "educational institutions inspected", Count, Sum, 12, 36, "পরিদর্শন/তদারকি", "শিক্ষা প্রতিষ্ঠান পরিদর্শনের সংখ্যা")),
                    A("জনসাধারণের মাঝে নিরাপদ ইন্টারনেট ও তথ্যপ্রযুক্তি ব্যবহার নিশ্চিতে পদক্ষেপ গ্রহণ",
                        I("ict.citizen-training", "প্রশিক্ষণপ্রাপ্তদের সংখ্যা", "citizens trained in safe internet use", Persons, Sum, 20, 120, "প্রশিক্ষণ প্রাপ্তদের সংখ্যা")),
                    A("জাতীয় দিবস উদ্যাপন",
                        I("culture.victory-day", "মহান বিজয় দিবস উদ্যাপিত", "Victory Day celebrated", Date, OnDate, 12, 16))),
            ]),
        new("dc", "dc", "Deputy Commissioner's Office", OfficeLevel.District,
            "জেলা প্রশাসক", "জেলা প্রশাসকের কার্যালয়, {d}",
            "বিভাগীয় কমিশনার", "বিভাগীয় কমিশনারের কার্যালয়, {v}",
            "দক্ষ, স্বচ্ছ, কার্যকর, গতিশীল এবং জনবান্ধব জেলা প্রশাসন",
            "প্রশাসনিক দক্ষতা বৃদ্ধি, তথ্যপ্রযুক্তির যথাযথ ব্যবহার এবং সেবাদাতাদের দৃষ্টিভঙ্গি পরিবর্তনের মাধ্যমে সময়াবদ্ধ ও মানসম্মত সেবা নিশ্চিত করা।",
            ["জেলার উন্নয়ন কার্যক্রমের সমন্বয় ও পরিবীক্ষণ।", "ভূমি ব্যবস্থাপনা ও রাজস্ব প্রশাসন।", "জেলা ম্যাজিস্ট্রেসি ও আইন-শৃঙ্খলা রক্ষা।"],
            [("ডিসি", "ডেপুটি কমিশনার"), ("এডিসি", "অতিরিক্ত জেলা প্রশাসক"), ("এলএ", "ভূমি অধিগ্রহণ")],
            "প্রতিবেদন",
            [
                Area("ভূমি ব্যবস্থাপনা ও রাজস্ব প্রশাসন", "ভূমি সেবা সহজীকরণ ও রাজস্ব আদায় বৃদ্ধি",
                    A("সহকারী কমিশনার (ভূমি) অফিস পরিদর্শন",
                        I("land.ac-land-office-inspection", "সহকারী কমিশনার (ভূমি) অফিস পরিদর্শন সংখ্যা", "inspections of the AC (Land) office", Count, Sum, 12, 36, "উপজেলা ভূমি অফিস পরিদর্শন", "পরিদর্শন সংখ্যা")),
                    A("ভূমি উন্নয়ন কর আদায়",
                        I("land.development-tax-collected", "আদায়কৃত ভূমি উন্নয়ন কর", "land development tax collected", CroreTaka, Sum, 50_000_000, 300_000_000, "ভূমি উন্নয়ন কর আদায়ের পরিমাণ")),
                    A("ই-নামজারি আবেদন নিষ্পত্তি",
                        I("land.e-mutation-resolved", "নিষ্পত্তিকৃত ই-নামজারি আবেদন", "e-mutation applications resolved", Pct, Avg, 80, 100, "ই-নামজারি নিষ্পত্তির হার"))),
                Area("উন্নয়ন সমন্বয় ও স্থানীয় সরকার", "জেলার উন্নয়নমূলক কার্যক্রমের কার্যকর সমন্বয়",
                    A("জেলা উন্নয়ন সমন্বয় কমিটির সভার সিদ্ধান্ত বাস্তবায়ন", MonthlyMeetingDecisions),
                    A("উন্নয়ন প্রকল্প পরিদর্শন",
                        I("dev.project-inspection", "উন্নয়ন প্রকল্প পরিদর্শন সংখ্যা", "development project inspections", Count, Sum, 24, 60, "পরিদর্শনকৃত প্রকল্প"))),
                Area("আইন-শৃঙ্খলা ও জননিরাপত্তা", "জনশৃঙ্খলা রক্ষা ও জননিরাপত্তা নিশ্চিতকরণ",
                    A("মোবাইল কোর্ট পরিচালনা",
                        I("law.mobile-courts", "পরিচালিত মোবাইল কোর্ট", "mobile courts conducted", Count, Sum, 120, 480, "মোবাইল কোর্ট পরিচালনার সংখ্যা")),
                    A("জেলা আইন-শৃঙ্খলা কমিটির সভা আয়োজন",
                        I("law.committee-meetings", "আইন-শৃঙ্খলা কমিটির সভা অনুষ্ঠিত", "law and order committee meetings held", Count, Sum, 12, 12, "আয়োজিত সভা"))),
                Area("সামাজিক নিরাপত্তা ও দুর্যোগ ব্যবস্থাপনা", "দরিদ্র ও দুর্যোগকবলিত জনগোষ্ঠীর সুরক্ষা",
                    A("গৃহহীনদের জন্য গৃহনির্মাণ",
                        I("social.houses-for-homeless", "নির্মিত গৃহের সংখ্যা", "houses built for the homeless", Count, Sum, 50, 400, "গৃহনির্মাণের সংখ্যা")),
                    A("দুর্যোগকালীন মানবিক সহায়তা বিতরণ",
                        I("disaster.relief-recipients", "মানবিক সহায়তাপ্রাপ্ত পরিবার", "families receiving humanitarian relief", PersonsLakh, Sum, 5_000, 40_000, "সহায়তাপ্রাপ্ত উপকারভোগী"))),
            ]),
        new("police", "police", "District Police / Metropolitan Police", OfficeLevel.District,
            "পুলিশ সুপার", "পুলিশ সুপারের কার্যালয়, {d}",
            "ডেপুটি ইন্সপেক্টর জেনারেল অব পুলিশ", "{v} রেঞ্জ, {v}",
            "দক্ষ, যোগ্য, নিবেদিত ও পেশাদার পুলিশ সদস্যগণ কর্তৃক মানসম্মত সেবা প্রদানের মাধ্যমে জেলাকে বাসযোগ্য ও নিরাপদ রাখা।",
            "জনগোষ্ঠীর সক্রিয় সহযোগিতায় আইন প্রয়োগ, সামাজিক শৃঙ্খলা রক্ষা, অপরাধ ভীতি হ্রাস, জন-নিরাপত্তা বৃদ্ধি এবং অভ্যন্তরীণ নিরাপত্তা নিশ্চিতকরণে অঙ্গীকারবদ্ধ।",
            ["অপরাধ তদন্ত ও অপরাধী সনাক্তকরণ, গ্রেফতারী পরোয়ানা তামিল ও সাক্ষী হাজিরকরণ।", "বিট পুলিশিং ও কমিউনিটি পুলিশিং কার্যক্রম পরিচালনা।", "মাদক, জঙ্গি ও সন্ত্রাস নির্মূলে কার্যক্রম পরিচালনা।"],
            [("CDMS", "Crime Data Management System."), ("CIMS", "Citizen Information Management System."), ("BRTA", "Bangladesh Road Transport Authority.")],
            "থানার প্রতিবেদন/রেজিস্টার",
            [
                Area("টেকসই উন্নয়নের লক্ষ্যে দেশের শান্তি, নিরাপত্তা ও আইনের শাসন জোরদারকরণ", "অপরাধ নিয়ন্ত্রণ ও আইনের শাসন প্রতিষ্ঠা",
                    A("ধর্তব্য অপরাধ তদন্ত নিষ্পত্তি",
                        I("police.investigation-120-days", "ধর্তব্য অপরাধে ১২০ দিনের মধ্যে দায়েরকৃত মামলার তদন্ত নিষ্পত্তির হার", "cognisable-offence cases investigated within 120 days", Pct, Avg, 70, 95, "১২০ দিনের মধ্যে মামলার তদন্ত নিষ্পত্তির হার")),
                    A("থানায় গৃহীত গ্রেফতারি পরোয়ানা",
                        I("police.warrants-executed", "থানায় গৃহীত গ্রেফতারি পরোয়ানা তামিলের হার", "arrest warrants executed", Pct, Avg, 70, 95, "গ্রেফতারি পরোয়ানা তামিলের হার")),
                    A("সাক্ষী হাজির করণ",
                        I("police.witness-appearance", "সাক্ষী হাজির করণের হার", "witnesses produced in court", Pct, Avg, 60, 90))),
                Area("আইন-শৃঙ্খলা রক্ষা ও জঙ্গি দমনে জনগণের অংশগ্রহণ", "জনগণের অংশগ্রহণে অপরাধ প্রতিরোধ",
                    A("বিট পুলিশিং",
                        I("police.beat-policing-meetings", "বিট পুলিশিং সভা পরিচালনা", "beat policing meetings", Count, Sum, 96, 192, "বিট পুলিশিং কার্যক্রম পরিচালনা")),
                    A("মাদক বিরোধী অভিযান",
                        I("police.anti-drug-raids", "পরিচালিত অভিযানের সংখ্যা", "anti-drug raids conducted", Count, Sum, 96, 192, "মাদক বিরোধী অভিযানের সংখ্যা")),
                    A("গণশুনানি (ওপেন হাউজ ডে) আয়োজন",
                        I("police.open-house-days", "গণশুনানি (ওপেন হাউজ ডে) এর সংখ্যা", "open house days held", Count, Sum, 12, 48, "ওপেন হাউজ ডে আয়োজিত"))),
                Area("তথ্য ও যোগাযোগ প্রযুক্তি ব্যবহারের মাধ্যমে জনগণের সেবা সহজীকরণ", "ডিজিটাল পদ্ধতিতে পুলিশি সেবা প্রদান",
                    A("থানায় সিডিএমএস (CDMS) এ মামলা এন্ট্রি",
                        I("police.cdms-entry", "থানায় রুজুকৃত মামলা সিডিএমএস (CDMS) এ এন্ট্রির হার", "cases entered in CDMS", Pct, Avg, 90, 100, "সিডিএমএস এ মামলা এন্ট্রির হার")),
                    A("২০ কর্মদিবসের মধ্যে পুলিশ ভেরিফিকেশন সংক্রান্ত আবেদনের নিষ্পত্তিকরণ",
                        I("police.verification-20-days", "নিষ্পত্তিকরণের হার", "verification applications resolved within 20 working days", Pct, Avg, 80, 100, "পুলিশ ভেরিফিকেশন নিষ্পত্তির হার"))),
                Area("মানব সম্পদ উন্নয়ন", "দক্ষ ও পেশাদার পুলিশ বাহিনী গঠন",
                    A("পুলিশ সদস্যদের পেশাগত প্রশিক্ষণ", StaffTraining)),
            ]),
        new("ict", "ict", "District ICT Office", OfficeLevel.District,
            "প্রোগ্রামার", "জেলা কার্যালয়, {d}, আইসিটি অধিদপ্তর",
            "মহাপরিচালক", "তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর",
            "জ্ঞানভিত্তিক অর্থনীতি ও সুশাসন প্রতিষ্ঠায় তথ্য প্রযুক্তির ব্যবহার",
            "তথ্য প্রযুক্তি খাতের সর্বোত্তম ব্যবহার নিশ্চিত করে অবকাঠামো উন্নয়ন, দক্ষ মানব সম্পদ গঠন, শোভন কাজ সৃজন এবং ই-সার্ভিস প্রতিষ্ঠার মাধ্যমে সুশাসন প্রতিষ্ঠা।",
            ["সরকারের সকল পর্যায়ে ডিজিটাল গভর্নেন্স বাস্তবায়নে আইসিটি'র ব্যবহার ও প্রয়োগ নিশ্চিতকরণ।", "সকল পর্যায়ের সরকারী দপ্তরে পেশাগত দক্ষতা উন্নয়নে প্রশিক্ষণ প্রদান।", "সকল পর্যায়ে তথ্য প্রযুক্তির কারিগরি পরামর্শ প্রদান।"],
            [("আইসিটি", "তথ্য ও যোগাযোগ প্রযুক্তি"), ("ই-নথি", "Electronic File"), ("এসআরডিএল", "Sheikh Russel Digital Lab")],
            "প্রশিক্ষণার্থীর তালিকা",
            [
                Area("মানব সম্পদ উন্নয়ন", "সরকারি কর্মচারী ও নাগরিকদের আইসিটি দক্ষতা বৃদ্ধি",
                    A("ই-নথি/ডি-নথি বিষয়ক অনলাইন/ ক্ষেত্র বিশেষে সরাসরি প্রশিক্ষণ",
                        I("ict.e-nothi-training", "ই-নথি বিষয়ে প্রশিক্ষণার্থীদের সংখ্যা", "trainees in e-Nothi/d-Nothi", Persons, Sum, 30, 80, "প্রশিক্ষণার্থীদের সংখ্যা")),
                    A("জাতীয় তথ্য বাতায়ন হালনাগাদকরণের নিমিত্ত প্রশিক্ষণ আয়োজন",
                        I("ict.portal-training", "তথ্য বাতায়ন বিষয়ে প্রশিক্ষণার্থীদের সংখ্যা", "trainees in updating the national web portal", Persons, Sum, 30, 70, "প্রশিক্ষণার্থীদের সংখ্যা")),
                    A("জেলা/উপজেলা পর্যায়ে সরকারি দপ্তরের কর্মকর্তা- কর্মচারীদের আইসিটি দক্ষতা বৃদ্ধিকরণের উদ্দেশ্যে আইসিটি বিষয়ক প্রশিক্ষণ", StaffTraining)),
                Area("ই-গভর্ন্যান্স প্রতিষ্ঠায় সহায়তা", "ই-সেবা ও ডিজিটাল সরকার ব্যবস্থার সম্প্রসারণ",
                    A("মাঠ পর্যায়ের সরকারি বিভিন্ন দপ্তরে আইসিটি বিষয়ক পরামর্শ/সেবা প্রদান",
                        I("ict.advisory-services", "প্রদানকৃত পরামর্শ/সেবা", "ICT advice/services given", Count, Sum, 500, 950, "আইসিটি বিষয়ক সেবা প্রদানের সংখ্যা")),
                    A("জেলা/উপজেলা পর্যায়ে ভিডিও কনফারেন্স এর আয়োজন/প্রয়োজনীয় কারিগরি সহযোগিতা প্রদান",
                        I("ict.video-conferences", "ভিডিও কনফারেন্স এর সংখ্যা", "video conferences supported", Count, Sum, 20, 65))),
                Area("আইসিটি অবকাঠামো উন্নয়ন", "শিক্ষা প্রতিষ্ঠান ও দপ্তরে আইসিটি অবকাঠামোর কার্যকর ব্যবহার",
                    A("শেখ রাসেল ডিজিটাল ল্যাব এবং স্কুল অব ফিউচার এর কার্যক্রম পরিদর্শন",
                        I("ict.digital-lab-inspection", "পরিদর্শনকৃত ল্যাব সংখ্যা", "digital labs inspected", Count, Sum, 40, 166, "ডিজিটাল ল্যাব পরিদর্শনের সংখ্যা")),
                    A("উপজেলা কার্যালয়সমূহ পরিদর্শন ও প্রয়োজনীয় সহযোগিতা প্রদান",
                        I("ict.upazila-office-inspection", "পরিদর্শনকৃত উপজেলা সংখ্যা", "upazila ICT offices inspected", Count, Sum, 4, 12))),
                Area("আইসিটি শিল্পের উন্নয়ন কার্যক্রমকে গতিশীলকরণ", "আইসিটি বিষয়ক সচেতনতা ও উদ্যোক্তা সৃষ্টি",
                    A("ডিজিটাল বাংলাদেশ দিবস উদ্যাপন",
                        I("ict.digital-bangladesh-day", "জেলা/উপজেলা পর্যায়ে ডিজিটাল বাংলাদেশ দিবস উদ্যাপন", "Digital Bangladesh Day celebrated", Date, OnDate, 12, 12, "স্মার্ট বাংলাদেশ দিবস উদ্যাপিত")),
                    A("জেলা/উপজেলা পর্যায়ে সভা/সেমিনার আয়োজন",
                        I("ict.seminars", "সভা/সেমিনার আয়োজন", "meetings/seminars held", Count, Sum, 6, 12, "আয়োজিত সেমিনার"))),
            ]),
    ];
}
