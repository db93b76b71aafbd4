using ApaIngest.Core.Documents;

namespace ApaIngest.CorpusGen.Model;

/// <summary>Printed unit/method → schema unit/calculation and the factor from the printed number to the unit's base.</summary>
public static class UnitTable
{
    public static (string Unit, double Scale) Unit(string unitRaw) => unitRaw switch
    {
        "সংখ্যা" => (Units.Count, 1),
        "%" => (Units.Percent, 1),
        "তারিখ" => (Units.Date, 1),
        "জন" => (Units.Persons, 1),
        "জন (লক্ষ)" => (Units.Persons, 100_000),
        "প্রাপ্ত নম্বর" => (Units.Score, 1),
        "টাকা" => (Units.Taka, 1),
        "কোটি টাকা" => (Units.Taka, 10_000_000),
        _ => (Units.Other, 1),
    };

    public static string? Calculation(string? calcRaw) => calcRaw switch
    {
        null => null,
        "সমষ্টি" => Calculations.Sum,
        "গড়" => Calculations.Average,
        "ক্রমপুঞ্জিভূত" => Calculations.Cumulative,
        "তারিখ" => Calculations.Date,
        _ => null,
    };
}
