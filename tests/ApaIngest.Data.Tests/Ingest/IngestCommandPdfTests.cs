using System.Text.Json;
using ApaIngest.Data.Tests.Support;

namespace ApaIngest.Data.Tests.Ingest;

/// <summary>`apa ingest` on real PDFs: the whole pipeline on the workers, one bad file failing alone, re-runs adding nothing.</summary>
public sealed class IngestCommandPdfTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>, IDisposable
{
    private const string Agreement = "c02-dc-chuadanga-2018-19";
    private readonly string inputs = Directory.CreateTempSubdirectory("apa-ingest-pdf-").FullName;

    public void Dispose() => Directory.Delete(inputs, recursive: true);

    [Fact]
    public async Task Ingest_CorpusPdfsAndOneBadFile_LoadsTheGoodOnesAndNamesTheBadOne()
    {
        var root = ApaCli.RepoRoot;
        foreach (var variant in new[] { "digital", "legacy" })
        {
            File.Copy(Path.Combine(root, "corpus", $"{Agreement}.{variant}.pdf"), Path.Combine(inputs, $"{Agreement}.{variant}.pdf"));
        }

        await File.WriteAllTextAsync(Path.Combine(inputs, "truncated.pdf"), "%PDF-1.7\n1 0 obj\n<<");
        var db = await fixture.CreateDatabaseAsync();

        var first = await ApaCli.RunAsync("ingest", inputs, "--db", db, "--jobs", "2");
        var counts = await Db.CountsAsync(db);
        var second = await ApaCli.RunAsync("ingest", inputs, "--db", db, "--jobs", "2");

        Assert.Equal(1, first.Exit); // a failed file makes the batch exit 1, after loading the others
        Assert.Contains("2 loaded, 0 replaced, 0 skipped, 1 failed", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("truncated.pdf", first.Stdout + first.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, counts["documents"]);
        Assert.Equal(1, counts["ingest_failures"]);
        Assert.Equal(2 * GoldIndicatorCount(root), counts["indicators"]);
        Assert.Contains("0 loaded, 0 replaced, 2 skipped, 1 failed", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(counts, await Db.CountsAsync(db));
        var sources = await Db.RowsAsync(db, "SELECT text_source FROM documents ORDER BY file_name");
        Assert.Equal(["text-layer", "legacy-text-layer"], sources.Select(r => r[0]));
    }

    private static int GoldIndicatorCount(string root)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "corpus", "gold", Agreement + ".json")));
        return gold.RootElement.GetProperty("indicators").GetArrayLength();
    }
}
