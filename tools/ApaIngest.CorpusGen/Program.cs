using ApaIngest.CorpusGen;
using ApaIngest.CorpusGen.Catalog;

// Usage: ApaIngest.CorpusGen [--out DIR] [--from N] [--count N] [--seed S] [--variants digital,legacy,scan300,scan200]
//                            [--jobs N] [--export-catalog PATH]
string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

var root = Value("--repo-root") ?? FindRepoRoot();
if (root is null)
{
    Console.Error.WriteLine("corpusgen: cannot find the repository root (the directory holding ApaIngest.sln); pass --repo-root");
    return 2;
}

if (Value("--export-catalog") is { } catalogPath)
{
    CatalogExporter.Export(catalogPath);
    Console.WriteLine($"corpusgen: catalog written to {catalogPath}");
    return 0;
}

var options = new GeneratorOptions
{
    RepoRoot = root,
    OutDir = Path.GetFullPath(Value("--out") ?? Path.Combine(root, "corpus")),
    From = int.Parse(Value("--from") ?? "1"),
    Count = int.Parse(Value("--count") ?? "6"),
    Seed = int.Parse(Value("--seed") ?? "20240601"),
    Jobs = int.Parse(Value("--jobs") ?? "2"),
    Variants = (Value("--variants") ?? "digital,legacy,scan300,scan200").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(),
};

try
{
    return await new CorpusGenerator(options, Console.Out).RunAsync(CancellationToken.None);
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine($"corpusgen: {e.Message}");
    return 1;
}

static string? FindRepoRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "ApaIngest.sln")))
            {
                return d.FullName;
            }
        }
    }

    return null;
}
