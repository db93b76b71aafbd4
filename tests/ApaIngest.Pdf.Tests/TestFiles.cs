using ApaIngest.Core.Pages;

namespace ApaIngest.Pdf.Tests;

/// <summary>Real PDFs from data/pdf and corpus/, the test PDFs in TestData, and one shared read of each (reading is the slow part).</summary>
internal static class TestFiles
{
    private static readonly Dictionary<string, ReadDocument> Cache = [];
    private static readonly Lock Gate = new();

    public static string Root { get; } = FindRoot();

    public static string RealPdf(string name) => Path.Combine(Root, "data", "pdf", name);

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static ReadDocument Read(string path)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(path, out var document))
            {
                document = new PdfDocumentReader().Read(path, CancellationToken.None);
                Cache[path] = document;
            }

            return document;
        }
    }

    private static string FindRoot()
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
