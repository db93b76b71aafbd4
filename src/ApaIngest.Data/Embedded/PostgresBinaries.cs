namespace ApaIngest.Data.Embedded;

/// <summary>
/// Finds the PostgreSQL server programs (initdb, pg_ctl, postgres). Debian keeps them off PATH in
/// /usr/lib/postgresql/NN/bin, so that is searched first (newest major version wins); APA_PG_BIN overrides.
/// </summary>
public sealed record PostgresBinaries(string Directory)
{
    public string InitDb => Path.Combine(Directory, "initdb");
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    public static PostgresBinaries Find()
    {
        foreach (var dir in Candidates())
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")) &&
                File.Exists(Path.Combine(dir, "postgres")))
            {
                return new PostgresBinaries(dir);
            }
        }

        throw new EmbeddedClusterException(
            "PostgreSQL server programs (initdb, pg_ctl, postgres) not found in /usr/lib/postgresql/*/bin or on PATH; run scripts/setup (or set APA_PG_BIN)");
    }

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable("APA_PG_BIN") is { Length: > 0 } explicitDir)
        {
            yield return explicitDir;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (System.IO.Directory.Exists(debianRoot))
        {
            var versions = System.IO.Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: d, Major: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
                .Where(x => x.Major > 0)
                .OrderByDescending(x => x.Major);
            foreach (var (dir, _) in versions)
            {
                yield return Path.Combine(dir, "bin");
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return dir;
        }
    }
}
