using ApaIngest.Core.Documents;

namespace ApaIngest.Validation.Tests;

/// <summary>Documents built in code: a valid 2023-24 agreement, and helpers to damage it.</summary>
internal static class Documents
{
    public static ApaDocument Valid(string textSource = TextSources.TextLayer, string? fiscalYear = "2023-24") => new()
    {
        Source = new SourceInfo("t.pdf", new string('0', 64), 9, textSource),
        Agreement = new AgreementInfo { FiscalYear = fiscalYear },
        PerformanceAreas =
        [
            new PerformanceArea(Groups.Office, "1", "ভূমি ব্যবস্থাপনা", 40),
            new PerformanceArea(Groups.Office, "2", "আইন-শৃঙ্খলা", 30),
            new PerformanceArea(Groups.Governance, "1", "সুশাসন ও সংস্কারমূলক কার্যক্রমের বাস্তবায়ন জোরদারকরণ", 30),
        ],
        Indicators =
        [
            Count(Groups.Office, "1.1.1", 24, ["৫০", "৪৫", "৪০", "৩৫", "৩০"], page: 7),
            Count(Groups.Office, "1.2.1", 16, ["১২", "১১", "১০", "৯", "৮"], page: 7),
            Count(Groups.Office, "2.1.1", 15, ["১০০", "৯০", "৮০", "৭০", "৬০"], page: 8),
            Count(Groups.Office, "2.2.1", 15, ["১৫", "২০", "২৫", "৩০", "৩৫"], page: 8), // less is better (days)
            Governance("1.1.1", 10), Governance("1.2.1", 10), Governance("1.3.1", 4), Governance("1.4.1", 3), Governance("1.5.1", 3),
        ],
    };

    public static Indicator Count(string group, string code, double weight, string[] ladder, int page = 7)
    {
        var parts = code.Split('.');
        return new Indicator
        {
            Group = group, AreaCode = parts[0], ActivityCode = $"{parts[0]}.{parts[1]}", Activity = "কার্যক্রম " + code,
            Code = code, Name = "সূচক " + code, Calculation = "sum", CalculationRaw = "সমষ্টি", Unit = Units.Count, UnitRaw = "সংখ্যা",
            Weight = weight,
            Actuals = [new YearValue("2021-22", CellValue.Of(1), "১"), new YearValue("2022-23", CellValue.Of(2), "২")],
            Targets = ladder.Select((raw, i) => new TargetValue(TargetLevels.All[i], Value(raw), raw)).ToList(),
            Projections = [new YearValue("2024-25", CellValue.Of(3), "৩"), new YearValue("2025-26", CellValue.Of(4), "৪")],
            Provenance = new Provenance(page, null),
        };
    }

    public static Indicator Governance(string code, double weight) =>
        Count(Groups.Governance, code, weight, ["", "", "", "", ""], page: 9) with
        {
            Unit = Units.Score, UnitRaw = "প্রাপ্ত নম্বর", Calculation = "cumulative",
            Actuals = [new YearValue("2021-22", CellValue.Null, ""), new YearValue("2022-23", CellValue.Null, "")],
            Projections = [new YearValue("2024-25", CellValue.Null, ""), new YearValue("2025-26", CellValue.Null, "")],
        };

    private static CellValue Value(string raw) =>
        raw.Length == 0 ? CellValue.Null : CellValue.Of(double.Parse(Core.Text.BanglaText.ToAsciiDigits(raw), System.Globalization.CultureInfo.InvariantCulture));

    public static ApaDocument Change(this ApaDocument d, string group, string code, Func<Indicator, Indicator> change) =>
        d with { Indicators = d.Indicators.Select(i => i.Group == group && i.Code == code ? change(i) : i).ToList() };

    public static Indicator Target(this Indicator i, string level, string raw, double? value) =>
        i with { Targets = i.Targets.Select(t => t.Level == level ? t with { Raw = raw, Value = value is { } v ? CellValue.Of(v) : CellValue.Null } : t).ToList() };

    public static Indicator Get(this ApaDocument d, string group, string code) => d.Indicators.Single(i => i.Group == group && i.Code == code);
}
