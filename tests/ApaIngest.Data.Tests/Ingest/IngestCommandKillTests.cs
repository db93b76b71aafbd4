using ApaIngest.Data.Tests.Support;
using Npgsql;

namespace ApaIngest.Data.Tests.Ingest;

/// <summary>`apa ingest` as a real child process: SIGKILL midway, run again, and the database equals an uninterrupted run's.</summary>
public sealed class IngestCommandKillTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>, IDisposable
{
    private const int Documents = 24;
    private readonly string inputs = Path.Combine(Path.GetTempPath(), "apa-kill-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose() => Directory.Delete(inputs, recursive: true);

    private static async Task<long> DocumentsStoredAsync(string db)
    {
        try
        {
            return await Db.ScalarAsync(db, "SELECT count(*) FROM documents");
        }
        catch (PostgresException)
        {
            return 0; // not migrated yet
        }
    }

    [Fact]
    public async Task Ingest_KilledMidwayThenRerun_DatabaseEqualsUninterruptedRun()
    {
        SampleDocuments.WriteJsonFiles(inputs, Documents);
        var reference = await fixture.CreateDatabaseAsync();
        var (exit, stdout, _) = await ApaCli.RunAsync("ingest", "--from-json", inputs, "--db", reference, "--jobs", "2");
        Assert.Equal(0, exit);
        Assert.Contains($"{Documents} loaded", stdout, StringComparison.Ordinal);

        var interrupted = await fixture.CreateDatabaseAsync();
        using (var child = ApaCli.Start(["ingest", "--from-json", inputs, "--db", interrupted, "--jobs", "2", "--delay-ms", "250"]))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (await DocumentsStoredAsync(interrupted) < 4 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(25);
            }

            child.Kill(); // SIGKILL: no cleanup of any kind runs
            await child.WaitForExitAsync();
        }

        var atKill = await DocumentsStoredAsync(interrupted);
        Assert.InRange(atKill, 4, Documents - 1);

        var (rerunExit, rerunOut, _) = await ApaCli.RunAsync("ingest", "--from-json", inputs, "--db", interrupted, "--jobs", "2");
        Assert.Equal(0, rerunExit);
        Assert.Contains($"{Documents - atKill} loaded, 0 replaced, {atKill} skipped, 0 failed", rerunOut, StringComparison.Ordinal);
        Assert.Equal(await Db.DumpAsync(reference), await Db.DumpAsync(interrupted));
        Assert.Equal(await Db.CountsAsync(reference), await Db.CountsAsync(interrupted));
    }
}
