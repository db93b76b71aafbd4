using System.Text;

namespace ApaIngest.Data.Offices;

public sealed record Division(int Id, string Name, string BanglaName);

public sealed record District(int Id, int DivisionId, string Name, string BanglaName);

public sealed record Upazila(int Id, int DistrictId, string Name, string BanglaName);

/// <summary>Divisions, districts and upazilas with their Bangla names (data/geo, built into this assembly).</summary>
public sealed class GeoIndex
{
    private static readonly Lazy<GeoIndex> Embedded = new(LoadEmbedded);

    private GeoIndex(IReadOnlyList<Division> divisions, IReadOnlyList<District> districts, IReadOnlyList<Upazila> upazilas)
    {
        Divisions = divisions;
        Districts = districts;
        Upazilas = upazilas;
        DivisionById = divisions.ToDictionary(d => d.Id);
        DistrictById = districts.ToDictionary(d => d.Id);
    }

    public static GeoIndex Default => Embedded.Value;

    public IReadOnlyList<Division> Divisions { get; }
    public IReadOnlyList<District> Districts { get; }
    public IReadOnlyList<Upazila> Upazilas { get; }
    public IReadOnlyDictionary<int, Division> DivisionById { get; }
    public IReadOnlyDictionary<int, District> DistrictById { get; }

    private static GeoIndex LoadEmbedded()
    {
        var divisions = Rows("geo/divisions.csv").Select(r => new Division(int.Parse(r[0]), r[1], OfficeNames.Normalize(r[2]))).ToList();
        var districts = Rows("geo/districts.csv").Select(r => new District(int.Parse(r[0]), int.Parse(r[1]), r[2], OfficeNames.Normalize(r[3]))).ToList();
        var upazilas = Rows("geo/upazilas.csv").Select(r => new Upazila(int.Parse(r[0]), int.Parse(r[1]), r[2], OfficeNames.Normalize(r[3]))).ToList();
        return new GeoIndex(divisions, districts, upazilas);
    }

    private static IEnumerable<string[]> Rows(string resource)
    {
        using var stream = typeof(GeoIndex).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(SplitCsv(line));
            }
        }

        return rows;
    }

    /// <summary>One line of RFC 4180 CSV (quoted fields, "" inside quotes).</summary>
    internal static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
