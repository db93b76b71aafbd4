using ApaIngest.Core.Documents;

namespace ApaIngest.Core.Tests.Evaluation;

/// <summary>A small gold document written out by hand: one office area with two indicators, governance with one.</summary>
internal static class SampleDocuments
{
    public static ApaDocument Gold() => new()
    {
        Source = new SourceInfo("t.pdf", new string('0', 64), 3, TextSources.TextLayer),
        Agreement = new AgreementInfo
        {
            FiscalYear = "2023-24",
            Signatory = new Party("উপজেলা নির্বাহী অফিসার", "উপজেলা নির্বাহী অফিসারের কার্যালয়, কয়রা"),
            Supervisor = new Party("জেলা প্রশাসক", "জেলা প্রশাসকের কার্যালয়, খুলনা"),
            SignedOn = "2023-06-10",
        },
        PerformanceAreas =
        [
            new PerformanceArea(Groups.Office, "1", "ভূমি ব্যবস্থাপনা", 70),
            new PerformanceArea(Groups.Governance, "1", "সুশাসন ও সংস্কারমূলক কার্যক্রমের বাস্তবায়ন জোরদারকরণ", 30),
        ],
        Indicators =
        [
            new Indicator
            {
                Group = Groups.Office, AreaCode = "1", ActivityCode = "1.1", Activity = "সহকারী কমিশনার (ভূমি) অফিস পরিদর্শন",
                Code = "1.1.1", Name = "পরিদর্শন সংখ্যা", Calculation = "sum", CalculationRaw = "সমষ্টি",
                Unit = Units.Count, UnitRaw = "সংখ্যা", Weight = 40,
                Actuals = [new YearValue("2021-22", CellValue.Of(6), "৬"), new YearValue("2022-23", CellValue.Of(6), "৬")],
                Targets =
                [
                    new TargetValue("excellent", CellValue.Of(6), "৬"), new TargetValue("very_good", CellValue.Of(5), "৫"),
                    new TargetValue("good", CellValue.Of(4), "৪"), new TargetValue("fair", CellValue.Of(3), "৩"),
                    new TargetValue("poor", CellValue.Null, "-"),
                ],
                Projections = [new YearValue("2024-25", CellValue.Of(6), "৬"), new YearValue("2025-26", CellValue.Of(6), "৬")],
            },
            new Indicator
            {
                Group = Groups.Office, AreaCode = "1", ActivityCode = "1.2", Activity = "ভূমি উন্নয়ন কর ব্যবস্থাপনা ডিজিটাইজেশন",
                Code = "1.2.1", Name = "ডিজিটাইজেশন বাস্তবায়িত", Calculation = "date", CalculationRaw = "তারিখ",
                Unit = Units.Date, UnitRaw = "তারিখ", Weight = 30,
                Actuals = [new YearValue("2021-22", CellValue.Null, ""), new YearValue("2022-23", CellValue.Of("2023-06-30"), "৩০/০৬/২০২৩")],
                Targets =
                [
                    new TargetValue("excellent", CellValue.Of("2024-04-15"), "১৫/০৪/২৪"), new TargetValue("very_good", CellValue.Of("2024-04-28"), "২৮/০৪/২৪"),
                    new TargetValue("good", CellValue.Of("2024-05-05"), "০৫/০৫/২৪"), new TargetValue("fair", CellValue.Of("2024-05-12"), "১২/০৫/২৪"),
                    new TargetValue("poor", CellValue.Null, "-"),
                ],
                Projections = [new YearValue("2024-25", CellValue.Null, ""), new YearValue("2025-26", CellValue.Null, "")],
            },
            new Indicator
            {
                Group = Groups.Governance, AreaCode = "1", ActivityCode = "1.1", Activity = "শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়ন",
                Code = "1.1.1", Name = "শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়িত", Calculation = "cumulative", CalculationRaw = "ক্রমপুঞ্জিভূত",
                Unit = Units.Score, UnitRaw = "প্রাপ্ত নম্বর", Weight = 30,
                Actuals = [new YearValue("2021-22", CellValue.Null, ""), new YearValue("2022-23", CellValue.Null, "")],
                Targets = TargetLevels.All.Select(l => new TargetValue(l, CellValue.Null, "")).ToList(),
                Projections = [new YearValue("2024-25", CellValue.Null, ""), new YearValue("2025-26", CellValue.Null, "")],
            },
        ],
    };

    /// <summary>Number of cells in <see cref="Gold"/>: 3 indicators × (2 actuals + 5 targets + 2 projections).</summary>
    public const int CellCount = 27;

    public static ApaDocument WithIndicator(ApaDocument d, int index, Func<Indicator, Indicator> change) =>
        d with { Indicators = d.Indicators.Select((x, i) => i == index ? change(x) : x).ToList() };
}
