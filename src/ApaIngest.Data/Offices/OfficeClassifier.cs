namespace ApaIngest.Data.Offices;

/// <summary>What the loader knows about an office from its name alone.</summary>
public sealed record OfficeProfile(
    string NormalizedName, string Name, string Kind, string? Division, string? District, string? Upazila, string? Ministry);

/// <summary>
/// Classifies an office by the words of its name and places it on the map. APA signatories name their office with
/// its tier (primer: ministries/divisions, departments, divisional, district and upazila offices each sign): উপজেলা …
/// for upazila offices, জেলা … for district offices, বিভাগীয় … for divisional offices, … মন্ত্রণালয় for ministries,
/// … অধিদপ্তর / দপ্তর / বোর্ড / কমিশন for departments and agencies. Place names are matched as whole words
/// against data/geo; an upazila name is only trusted for an upazila office (common words such as সদর recur).
/// </summary>
public sealed class OfficeClassifier(GeoIndex geo)
{
    public const string Upazila = "upazila";
    public const string District = "district";
    public const string Division = "division";
    public const string Ministry = "ministry";
    public const string Department = "department";
    public const string Other = "other";

    // Literals pass through the same normal form as the names (one form of য় whatever the source file holds).
    private static readonly string[] DepartmentWords =
        [.. new[] { "অধিদপ্তর", "অধিদফতর", "পরিদপ্তর", "দপ্তর", "দফতর", "বোর্ড", "কমিশন", "কর্পোরেশন", "কর্তৃপক্ষ", "ইনস্টিটিউট" }.Select(OfficeNames.Normalize)];

    private static readonly string UpazilaWord = OfficeNames.Normalize("উপজেলা");
    private static readonly string DistrictWord = OfficeNames.Normalize("জেলা");
    private static readonly string DivisionalWord = OfficeNames.Normalize("বিভাগীয়");
    private static readonly string MinistryWord = OfficeNames.Normalize("মন্ত্রণালয়");
    private static readonly string SadarWord = OfficeNames.Normalize("সদর");

    public static OfficeClassifier Default { get; } = new(GeoIndex.Default);

    public OfficeProfile Classify(string name)
    {
        var normalized = OfficeNames.Normalize(name);
        var words = normalized.Split(' ');
        var padded = " " + normalized + " ";
        var kind = KindOf(words);

        var districts = geo.Districts.Where(d => padded.Contains(" " + d.BanglaName + " ", StringComparison.Ordinal)).ToList();
        Upazila? upazila = null;
        if (kind == Upazila)
        {
            var upazilas = geo.Upazilas
                .Where(u => padded.Contains(" " + u.BanglaName + " ", StringComparison.Ordinal) && u.BanglaName != SadarWord)
                .ToList();
            upazila = upazilas.FirstOrDefault(u => districts.Any(d => d.Id == u.DistrictId)) ?? (upazilas.Count == 1 ? upazilas[0] : null);
        }

        var district = upazila is not null ? geo.DistrictById[upazila.DistrictId] : districts.Count > 0 ? districts[0] : null;
        var division = district is not null
            ? geo.DivisionById[district.DivisionId]
            : geo.Divisions.FirstOrDefault(d => padded.Contains(" " + d.BanglaName + " ", StringComparison.Ordinal));
        return new OfficeProfile(normalized, name.Trim(), kind, division?.BanglaName, district?.BanglaName, upazila?.BanglaName,
            MinistryOf(name));
    }

    private static string KindOf(string[] words)
    {
        if (words.Contains(UpazilaWord))
        {
            return Upazila;
        }

        if (words.Contains(DistrictWord))
        {
            return District;
        }

        if (words.Contains(DivisionalWord))
        {
            return Division;
        }

        if (words.Any(w => w.StartsWith(MinistryWord, StringComparison.Ordinal)))
        {
            return Ministry;
        }

        return words.Any(w => DepartmentWords.Any(d => w.StartsWith(d, StringComparison.Ordinal))) ? Department : Other;
    }

    /// <summary>The comma-separated part of the name that names a ministry or department, e.g. "… খুলনা, আইসিটি অধিদপ্তর".</summary>
    private static string? MinistryOf(string name) =>
        OfficeNames.NormalizeKeepingCommas(name).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.EndsWith("-এর", StringComparison.Ordinal) ? part[..^3].Trim() : part)
            .LastOrDefault(part => part.Contains(MinistryWord, StringComparison.Ordinal) ||
                                   DepartmentWords.Any(d => part.Contains(d, StringComparison.Ordinal)));
}
