namespace ApaIngest.Catalog.Tests;

internal static class RepoPaths
{
    public static string Root { get; } = CatalogLocator.FindRepoRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("ApaIngest.sln not found above the test directory");

    public static string Seed(string name) => Path.Combine(Root, "data", "seeds", name);

    public const string Koyra = "koyra-upazila-nirbahi-office-2023-24.txt";
    public const string Police = "khulna-metropolitan-police-south-2023-24.txt";
    public const string Ict = "khulna-district-ict-office-2024-25.txt";
}
