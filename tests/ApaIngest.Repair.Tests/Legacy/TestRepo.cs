namespace ApaIngest.Repair.Tests.Legacy;

/// <summary>The repository root (the directory holding ApaIngest.sln), found from the test binaries upwards.</summary>
internal static class TestRepo
{
    public static string Root { get; } = Find();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ApaIngest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ApaIngest.sln not found above " + AppContext.BaseDirectory);
    }
}
