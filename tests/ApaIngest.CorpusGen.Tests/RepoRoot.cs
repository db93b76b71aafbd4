namespace ApaIngest.CorpusGen.Tests;

internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(d.FullName, "ApaIngest.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("ApaIngest.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Corpus => System.IO.Path.Combine(Path, "corpus");

    public static IEnumerable<string> GoldJsonFiles() =>
        Directory.GetFiles(System.IO.Path.Combine(Corpus, "gold"), "*.json").OrderBy(f => f, StringComparer.Ordinal);

    public static TheoryData<string> GoldNames()
    {
        var data = new TheoryData<string>();
        foreach (var f in GoldJsonFiles())
        {
            data.Add(System.IO.Path.GetFileNameWithoutExtension(f));
        }

        return data;
    }
}
