using ApaIngest.Core.Documents;
using ApaIngest.Core.Text;

namespace ApaIngest.Catalog.Building;

/// <summary>Printed unit and calculation-method words → the contract's values (docs/spec, corpus/README conventions).</summary>
public static class RawVocabulary
{
    // Source literals are normalised like the input, so that ড় / য় compare whatever form the editor saved.
    private static readonly string Average = BanglaText.Normalize("গড়");

    public static string? Unit(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var s = BanglaText.Normalize(raw).Trim();
        return s switch
        {
            Units.Percent or Units.Count or Units.Persons or Units.Date or Units.Score or Units.Taka or Units.Other => s,
            "%" or "শতকরা" or "হার" => Units.Percent,
            "সংখ্যা" => Units.Count,
            "তারিখ" => Units.Date,
            "প্রাপ্ত নম্বর" => Units.Score,
            _ when s.StartsWith("জন", StringComparison.Ordinal) => Units.Persons,
            _ when s.EndsWith("টাকা", StringComparison.Ordinal) => Units.Taka,
            _ => Units.Other,
        };
    }

    public static string? Calculation(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var s = BanglaText.Normalize(raw).Trim();
        return s switch
        {
            Calculations.Sum or Calculations.Average or Calculations.Cumulative or Calculations.Date => s,
            "সমষ্টি" => Calculations.Sum,
            _ when s == Average => Calculations.Average,
            "তারিখ" => Calculations.Date,
            _ when s.StartsWith("ক্রমপু", StringComparison.Ordinal) || s.StartsWith("ক্রমপ", StringComparison.Ordinal) => Calculations.Cumulative,
            _ => null,
        };
    }
}
