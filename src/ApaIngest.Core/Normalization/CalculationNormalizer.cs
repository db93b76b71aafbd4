using ApaIngest.Core.Documents;

namespace ApaIngest.Core.Normalization;

/// <summary>Maps the calculation-method cell (গণনা পদ্ধতি) to sum | average | cumulative | date, or null.</summary>
public static class CalculationNormalizer
{
    public static string? Normalize(string? raw)
    {
        var key = CellText.Key(raw);
        if (key.Length == 0)
        {
            return null;
        }

        // ক্রমপুঞ্জিভূত and its common misspellings/misreadings: ক্রমপঞ্জিভূত, ক্রমপুঞ্জীভূত, ক্রমপুঞ্জিত ...
        if (key.StartsWith("ক্রমপ", StringComparison.Ordinal) || key.Contains("পুঞ্জ", StringComparison.Ordinal)
            || key.Contains("পঞ্জিভূত", StringComparison.Ordinal) || key.Contains("ভূত", StringComparison.Ordinal)
            || key.StartsWith("cumulat", StringComparison.Ordinal))
        {
            return Calculations.Cumulative;
        }

        // গড় after BanglaText.Normalize is গ + U+09DC; গড (nukta lost) and গর/গঢ় are recognition's misreadings.
        if (key is "\u0997\u09DC" or "\u0997\u09A1" or "\u0997\u09B0" or "\u0997\u09DD" or "average" or "avg")
        {
            return Calculations.Average;
        }

        if (key.StartsWith("সমষ্ট", StringComparison.Ordinal) || key.StartsWith("সমস্ট", StringComparison.Ordinal)
            || key is "সমষ্ঠি" or "sum" or "total" || EditDistance.Levenshtein(key, "সমষ্টি") <= 1)
        {
            return Calculations.Sum;
        }

        if (key is "তারিখ" or "date" || EditDistance.Levenshtein(key, "তারিখ") <= 1)
        {
            return Calculations.Date;
        }

        return null;
    }
}
