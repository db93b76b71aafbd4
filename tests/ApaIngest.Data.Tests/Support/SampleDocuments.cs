using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ApaIngest.Core.Documents;

namespace ApaIngest.Data.Tests.Support;

/// <summary>Document JSONs shaped like real APAs (offices and rows after the seed transcriptions), deterministic per number.</summary>
public static class SampleDocuments
{
    private static readonly (string Signatory, string Supervisor)[] Offices =
    [
        ("উপজেলা নির্বাহী অফিসারের কার্যালয়, কয়রা", "জেলা প্রশাসকের কার্যালয়, খুলনা"),
        ("জেলা কার্যালয়, খুলনা, আইসিটি অধিদপ্তর", "তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর"),
        ("খুলনা মেট্রোপলিটন পুলিশ", "পুলিশ কমিশনার, খুলনা মেট্রোপলিটন পুলিশ"),
        ("উপজেলা নির্বাহী অফিসারের কার্যালয়, দেবহাটা, সাতক্ষীরা", "জেলা প্রশাসকের কার্যালয়, সাতক্ষীরা"),
    ];

    public static string ShaOf(int number) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"sample-{number}")));

    public static ApaDocument Create(int number, int indicators = 12)
    {
        var (signatory, supervisor) = Offices[number % Offices.Length];
        var year = 2019 + (number % 5);
        var fy = $"{year}-{(year + 1) % 100:00}";
        var rows = Enumerable.Range(1, indicators).Select(i => Indicator(number, i, year)).ToList();
        return new ApaDocument
        {
            Source = new SourceInfo($"sample-{number}.pdf", ShaOf(number), 10 + (number % 7), TextSources.Ocr),
            Agreement = new AgreementInfo
            {
                FiscalYear = fy,
                Signatory = new Party("উপজেলা নির্বাহী অফিসার", signatory),
                Supervisor = new Party("জেলা প্রশাসক", supervisor),
                SignedOn = $"{year}-06-{10 + (number % 15):00}",
                Vision = "দক্ষ ও জনবান্ধব প্রশাসন",
                Mission = "প্রশাসনিক দক্ষতা বৃদ্ধি",
            },
            PerformanceAreas =
            [
                new PerformanceArea(Groups.Office, "1", "প্রশাসনিক কার্যক্রম জোরদারকরণ", 70),
                new PerformanceArea(Groups.Governance, "G", "সুশাসন ও সংস্কারমূলক কার্যক্রম", 30),
            ],
            Indicators = rows,
            Issues =
            [
                new DocumentIssue(Severities.Warning, "value.unreadable", "একটি ঘর পড়া যায়নি", 7),
                new DocumentIssue(Severities.Info, "ocr.page", "page 3 was recognised", 3),
            ],
        };
    }

    private static Indicator Indicator(int number, int i, int year)
    {
        var baseValue = 50 + ((number * 7 + i * 13) % 50);
        var isDate = i % 6 == 0;
        CellValue V(int offset) => isDate ? CellValue.Of($"{year + 1}-0{1 + (offset % 6)}-15") : CellValue.Of(baseValue + offset);
        string Raw(CellValue v) => v.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : v.Text!;
        var actual1 = V(-2);
        return new Indicator
        {
            Group = i % 4 == 0 ? Groups.Governance : Groups.Office,
            AreaCode = i % 4 == 0 ? "G" : "1",
            ActivityCode = $"1.{i}",
            Activity = "মাসিক সমন্বয় সভা আয়োজন",
            Code = $"1.{i}.1",
            Name = $"সভার সিদ্ধান্ত বাস্তবায়িত {i}",
            Calculation = isDate ? Calculations.Date : Calculations.Average,
            CalculationRaw = isDate ? "তারিখ" : "গড়",
            Unit = isDate ? Units.Date : Units.Percent,
            UnitRaw = isDate ? "তারিখ" : "%",
            Weight = 2,
            Actuals = [new YearValue($"{year - 2}-{(year - 1) % 100:00}", actual1, Raw(actual1)), new YearValue($"{year - 1}-{year % 100:00}", CellValue.Null, "-")],
            Targets = [.. TargetLevels.All.Select((level, k) => new TargetValue(level, V(-k), Raw(V(-k))))],
            Projections = [new YearValue($"{year + 1}-{(year + 2) % 100:00}", V(3), Raw(V(3)))],
            CanonicalId = i % 3 == 0 ? "gov.integrity-plan" : null,
            Confidence = 0.9,
            Provenance = new Provenance(5 + (i / 8), [40, 100 + i * 20, 560, 118 + i * 20]),
        };
    }

    /// <summary>Values the document holds: actuals + targets + projections of every indicator.</summary>
    public static int ValueCount(ApaDocument document) =>
        document.Indicators.Sum(i => i.Actuals.Count + i.Targets.Count + i.Projections.Count);

    public static IReadOnlyList<string> WriteJsonFiles(string directory, int count, int indicators = 12)
    {
        Directory.CreateDirectory(directory);
        return Enumerable.Range(1, count).Select(n =>
        {
            var path = Path.Combine(directory, $"doc-{n:000}.json");
            ApaDocumentJson.Save(Create(n, indicators), path);
            return path;
        }).ToList();
    }
}
