namespace ApaIngest.CorpusGen.Model;

public sealed record District(int Id, int DivisionId, string NameEn, string NameBn);

public sealed record Upazila(int Id, int DistrictId, string NameEn, string NameBn);

/// <summary>Real places from data/geo (nuhil/bangladesh-geocode, MIT): divisions, districts, upazilas.</summary>
public sealed class Geo
{
    public required IReadOnlyList<District> Districts { get; init; }
    public required IReadOnlyList<Upazila> Upazilas { get; init; }
    public required IReadOnlyDictionary<int, string> DivisionsBn { get; init; }

    public static Geo Load(string geoDir)
    {
        static IEnumerable<string[]> Rows(string path) =>
            File.ReadLines(path).Where(l => l.Length > 0).Select(l => l.Split("\",\"").Select(f => f.Trim('"')).ToArray());

        return new Geo
        {
            DivisionsBn = Rows(Path.Combine(geoDir, "divisions.csv")).ToDictionary(r => int.Parse(r[0]), r => r[2]),
            Districts = Rows(Path.Combine(geoDir, "districts.csv")).Select(r => new District(int.Parse(r[0]), int.Parse(r[1]), r[2], r[3])).ToList(),
            Upazilas = Rows(Path.Combine(geoDir, "upazilas.csv")).Select(r => new Upazila(int.Parse(r[0]), int.Parse(r[1]), r[2], r[3])).ToList(),
        };
    }
}
