namespace ApaIngest.Catalog;

/// <summary>
/// Where the curated catalog lives: <c>$APA_CATALOG</c> if set, else <c>catalog/catalog.json</c> of the repo (found by
/// walking up from the current directory, then from the program's directory, to the directory holding ApaIngest.sln).
/// </summary>
public static class CatalogLocator
{
    public const string RelativePath = "catalog/catalog.json";
    public const string EnvironmentVariable = "APA_CATALOG";

    public static string? FindDefault()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv)
        {
            return fromEnv;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            if (FindRepoRoot(start) is { } root)
            {
                return Path.Combine(root, RelativePath);
            }
        }

        return null;
    }

    public static IndicatorCatalog LoadDefault()
    {
        var path = FindDefault();
        if (path is null || !File.Exists(path))
        {
            throw new FileNotFoundException(
                $"no catalog found (set {EnvironmentVariable} or run inside the repo holding {RelativePath})", path ?? RelativePath);
        }

        return IndicatorCatalog.Load(path);
    }

    public static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ApaIngest.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
