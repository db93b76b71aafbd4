namespace ApaIngest.Validation.Tests;

/// <summary>The directory holding ApaIngest.sln, found by walking up from the test binaries.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ApaIngest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ApaIngest.sln not found above " + AppContext.BaseDirectory);
    }
}
