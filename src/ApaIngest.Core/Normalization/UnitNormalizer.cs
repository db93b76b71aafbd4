using ApaIngest.Core.Documents;

namespace ApaIngest.Core.Normalization;

/// <summary>A unit of the schema's closed set with the factor that turns a cell into the unit's base (জন (লক্ষ) → persons × 100000).</summary>
public sealed record NormalizedUnit(string Unit, double Scale)
{
    public static readonly NormalizedUnit Other = new(Units.Other, 1);
}

/// <summary>Maps a section 3 unit cell (একক) to the schema's closed set; tolerant of recognition damage (spaces, one wrong letter).</summary>
public static class UnitNormalizer
{
    private const double Lakh = 100_000;
    private const double Crore = 10_000_000;

    // Whole-cell spellings seen in the seeds and the primer, keyed without spaces and punctuation.
    private static readonly (string Key, NormalizedUnit Unit)[] Known =
    [
        ("সংখ্যা", new(Units.Count, 1)),
        ("টি", new(Units.Count, 1)),
        ("কার্যক্রমেরসংখ্যা", new(Units.Count, 1)),
        ("number", new(Units.Count, 1)),
        ("no", new(Units.Count, 1)),
        ("%", new(Units.Percent, 1)),
        ("শতাংশ", new(Units.Percent, 1)),
        ("শতকরাহার", new(Units.Percent, 1)),
        ("হার", new(Units.Percent, 1)),
        ("percent", new(Units.Percent, 1)),
        ("তারিখ", new(Units.Date, 1)),
        ("date", new(Units.Date, 1)),
        ("জন", new(Units.Persons, 1)),
        ("persons", new(Units.Persons, 1)),
        ("জনলক্ষ", new(Units.Persons, Lakh)),
        ("লক্ষজন", new(Units.Persons, Lakh)),
        ("জনলাখ", new(Units.Persons, Lakh)),
        ("লাখজন", new(Units.Persons, Lakh)),
        ("প্রাপ্তনম্বর", new(Units.Score, 1)),
        ("নম্বর", new(Units.Score, 1)),
        ("score", new(Units.Score, 1)),
        ("টাকা", new(Units.Taka, 1)),
        ("taka", new(Units.Taka, 1)),
        ("tk", new(Units.Taka, 1)),
        ("কোটিটাকা", new(Units.Taka, Crore)),
        ("টাকাকোটি", new(Units.Taka, Crore)),
        ("লক্ষটাকা", new(Units.Taka, Lakh)),
        ("টাকালক্ষ", new(Units.Taka, Lakh)),
        ("লাখটাকা", new(Units.Taka, Lakh)),
        ("হাজারটাকা", new(Units.Taka, 1000)),
    ];

    public static NormalizedUnit Normalize(string? raw)
    {
        var key = CellText.Key(raw);
        if (key.Length == 0)
        {
            return NormalizedUnit.Other;
        }

        foreach (var (k, unit) in Known)
        {
            if (key == k)
            {
                return unit;
            }
        }

        // "সংখ্যা ও তারিখ" and other mixed units are not one unit of the closed set.
        if (key.Contains("ও", StringComparison.Ordinal) || key.Contains('/', StringComparison.Ordinal))
        {
            return NormalizedUnit.Other;
        }

        if (key.Contains('%', StringComparison.Ordinal) || key.Contains("শতাংশ", StringComparison.Ordinal))
        {
            return new(Units.Percent, 1);
        }

        // "সভার সংখ্যা", "কার্যক্রমের সংখ্যা": a count of something.
        if (key.EndsWith("সংখ্যা", StringComparison.Ordinal))
        {
            return new(Units.Count, 1);
        }

        // "প্রাপ্ত নম্বর" (marks obtained) is the only APA unit opening with প্রাপ্ত; OCR often garbles its second word
        // (নধর, TIT, aaa on the corpus scans) while the first survives.
        if (key.StartsWith("প্রাপ্ত", StringComparison.Ordinal) && key.Length <= "প্রাপ্তনম্বর".Length + 1)
        {
            return new(Units.Score, 1);
        }

        // One damaged letter in a unit of four or more letters (সংখা, সংখ্যো, তারিক, প্রাপ্তনন্বর ...).
        NormalizedUnit? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (k, unit) in Known)
        {
            if (k.Length < 4)
            {
                continue;
            }

            var d = EditDistance.Levenshtein(key, k);
            var allowed = k.Length >= 6 ? 2 : 1;
            if (d <= allowed && d < bestDistance)
            {
                best = unit;
                bestDistance = d;
            }
        }

        return best ?? NormalizedUnit.Other;
    }
}
