using ApaIngest.Core.Documents;
using ApaIngest.Data.Ingest;
using ApaIngest.Data.Tests.Support;

namespace ApaIngest.Data.Tests.Ingest;

public sealed class IngestBatchTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>, IDisposable
{
    private readonly string inputs = Path.Combine(Path.GetTempPath(), "apa-ingest-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose() => Directory.Delete(inputs, recursive: true);

    private static IngestOptions Options(string version = "1.0.0") => new() { PipelineVersion = version, Jobs = 2 };

    [Fact]
    public async Task Run_Twice_SameRowCountsAndSecondRunSkipsEverything()
    {
        var db = await fixture.CreateDatabaseAsync();
        var files = SampleDocuments.WriteJsonFiles(inputs, 6);
        await File.WriteAllTextAsync(Path.Combine(inputs, "broken.json"), "{ not json");
        // One document with the same issue code twice still counts once in the batch report.
        var twice = SampleDocuments.Create(1) with { Issues = [.. SampleDocuments.Create(1).Issues, new DocumentIssue(Severities.Warning, "value.unreadable", "another cell", 8)] };
        ApaDocumentJson.Save(twice, files[0]);

        var first = await new IngestBatch(db, new JsonDocumentSource(), Options()).RunAsync([inputs], default);
        var counts = await Db.CountsAsync(db);
        var second = await new IngestBatch(db, new JsonDocumentSource(), Options()).RunAsync([inputs], default);

        Assert.True(first.Completed);
        Assert.Equal(7, first.Found);
        Assert.Equal(6, first.Loaded);
        Assert.Equal(1, first.Failed);
        Assert.Equal(1, first.FailuresByReason[IngestReasons.InputRejected]);
        Assert.Equal(6, first.DocumentsByIssueCode["value.unreadable"]);
        Assert.Equal(0, second.Loaded);
        Assert.Equal(6, second.Skipped);
        Assert.Equal(counts, await Db.CountsAsync(db));
        Assert.Equal(6, counts["documents"]);
        Assert.Equal(1, counts["ingest_failures"]);
        Assert.Equal(6 * 12 * 8, counts["indicator_values"]);
    }

    [Fact]
    public async Task Run_ListFileAndMissingPath_LoadsListedAndReportsMissing()
    {
        var db = await fixture.CreateDatabaseAsync();
        var files = SampleDocuments.WriteJsonFiles(inputs, 3);
        var list = Path.Combine(inputs, "list.txt");
        await File.WriteAllLinesAsync(list, ["# two of three", Path.GetFileName(files[0]), files[2]]);

        var report = await new IngestBatch(db, new JsonDocumentSource(), Options()).RunAsync([list, Path.Combine(inputs, "nope")], default);

        Assert.Equal(2, report.Loaded);
        Assert.Equal(IngestReasons.NotFound, Assert.Single(report.Documents, d => d.Outcome == IngestOutcomes.Failed).Reason);
        Assert.Equal(2, await Db.ScalarAsync(db, "SELECT count(*) FROM documents"));
    }

    [Fact]
    public async Task Run_NewerPipelineVersion_ReplacesAllDocumentsOnce()
    {
        var db = await fixture.CreateDatabaseAsync();
        SampleDocuments.WriteJsonFiles(inputs, 4);
        await new IngestBatch(db, new JsonDocumentSource(), Options("1.0.0")).RunAsync([inputs], default);
        var counts = await Db.CountsAsync(db);

        var report = await new IngestBatch(db, new JsonDocumentSource(), Options("1.1.0")).RunAsync([inputs], default);

        Assert.Equal(4, report.Replaced);
        Assert.Equal(counts, await Db.CountsAsync(db));
        Assert.Equal(4, await Db.ScalarAsync(db, "SELECT count(*) FROM documents WHERE pipeline_version = '1.1.0'"));
    }

    [Fact]
    public async Task Run_ExtractorThrows_QuarantinesAndLoadsTheRest()
    {
        var db = await fixture.CreateDatabaseAsync();
        var files = SampleDocuments.WriteJsonFiles(inputs, 3);
        var json = new JsonDocumentSource();
        var source = new FailingSource(json, files[1]);

        var report = await new IngestBatch(db, source, Options()).RunAsync([inputs], default);

        Assert.Equal(2, report.Loaded);
        var failure = Assert.Single(await Db.RowsAsync(db, "SELECT source_path, reason, message FROM ingest_failures"));
        Assert.Equal(files[1], failure[0]);
        Assert.Equal(IngestReasons.ExtractionError, failure[1]);
        Assert.Contains("tesseract crashed", failure[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DocumentTheDatabaseRefuses_QuarantinedAndTheOthersLoaded()
    {
        var db = await fixture.CreateDatabaseAsync();
        var files = SampleDocuments.WriteJsonFiles(inputs, 8);
        var bad = SampleDocuments.Create(4);
        ApaIngest.Core.Documents.ApaDocumentJson.Save(bad with { Agreement = bad.Agreement with { Vision = "NUL \0 in text" } }, files[3]);

        var report = await new IngestBatch(db, new JsonDocumentSource(), Options()).RunAsync([inputs], default);

        Assert.True(report.Completed);
        Assert.Equal(7, report.Loaded);
        var failed = Assert.Single(report.Documents, d => d.Outcome == IngestOutcomes.Failed);
        Assert.Equal((files[3], IngestReasons.LoadError), (failed.Path, failed.Reason));
        Assert.Equal(7, await Db.ScalarAsync(db, "SELECT count(*) FROM documents"));
        Assert.Equal(0, await Db.ScalarAsync(db, $"SELECT count(*) FROM documents WHERE sha256 = '{SampleDocuments.ShaOf(4)}'"));
        Assert.Equal(7 * 12 * 8, await Db.ScalarAsync(db, "SELECT count(*) FROM indicator_values"));
        Assert.Equal(files[3], Assert.Single(await Db.RowsAsync(db, "SELECT source_path FROM ingest_failures"))[0]);
    }

    private sealed class FailingSource(JsonDocumentSource inner, string failing) : IDocumentSource
    {
        public string SearchPattern => inner.SearchPattern;
        public bool IsDocument(string path) => inner.IsDocument(path);
        public Task<string> IdentifyAsync(string path, CancellationToken cancellationToken) => inner.IdentifyAsync(path, cancellationToken);

        public Task<Core.Documents.ApaDocument> ExtractAsync(string path, CancellationToken cancellationToken) =>
            path == failing ? throw new InvalidOperationException("tesseract crashed") : inner.ExtractAsync(path, cancellationToken);
    }
}
