using ApaIngest.Data.Ingest;
using ApaIngest.Data.Tests.Support;
using Npgsql;

namespace ApaIngest.Data.Tests.Ingest;

/// <summary>Own cluster: these tests stop the server.</summary>
public sealed class DatabaseOutageTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>, IDisposable
{
    private readonly string inputs = Path.Combine(Path.GetTempPath(), "apa-outage-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose() => Directory.Delete(inputs, recursive: true);

    [Fact]
    public async Task Run_PostgresStoppedFor20Seconds_EveryDocumentLoadedOnce()
    {
        var db = await fixture.CreateDatabaseAsync();
        SampleDocuments.WriteJsonFiles(inputs, 30);
        var loadedSoFar = 0;
        var messages = new List<string>();
        var batch = new IngestBatch(db, new JsonDocumentSource(TimeSpan.FromMilliseconds(150)), new IngestOptions { PipelineVersion = "1.0.0", Jobs = 2 })
        {
            Progress = p => Volatile.Write(ref loadedSoFar, p.Loaded),
            Log = m => { lock (messages) { messages.Add(m); } },
        };

        var run = batch.RunAsync([inputs], default);
        while (Volatile.Read(ref loadedSoFar) < 3)
        {
            await Task.Delay(20);
        }

        await fixture.Cluster.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(20));
        Assert.False(run.IsCompleted, "the batch waits for the database instead of finishing or failing");
        await fixture.Cluster.EnsureStartedAsync();
        var report = await run;

        Assert.True(report.Completed);
        Assert.Equal(30, report.Loaded);
        Assert.Equal(0, report.Failed);
        Assert.NotEmpty(messages);
        Assert.Equal(30, await Db.ScalarAsync(db, "SELECT count(*) FROM documents"));
        Assert.Equal(30, await Db.ScalarAsync(db, "SELECT count(DISTINCT sha256) FROM documents"));
        Assert.Equal(30 * 12, await Db.ScalarAsync(db, "SELECT count(*) FROM indicators"));
        Assert.Equal(30 * 12 * 8, await Db.ScalarAsync(db, "SELECT count(*) FROM indicator_values"));
        NpgsqlConnection.ClearAllPools();
    }
}
