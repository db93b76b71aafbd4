using System.Diagnostics;
using ApaIngest.Data.Embedded;
using ApaIngest.Data.Tests.Support;
using Npgsql;

namespace ApaIngest.Data.Tests.Embedded;

public sealed class EmbeddedClusterTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static async Task<int> SelectOneAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task EnsureStarted_FreshHome_ServesTheApaDatabaseOnSocketAndLoopback()
    {
        Assert.Equal(1, await SelectOneAsync(fixture.Connection.ConnectionString));
        Assert.Equal(1, await SelectOneAsync(DatabaseLocator.ToNpgsql(fixture.Connection.Url)));
        var state = fixture.Cluster.GetState();
        Assert.True(state.Running);
        Assert.StartsWith(fixture.Home, state.DataDirectory, StringComparison.Ordinal);
        Assert.NotNull(state.SocketDirectory);
        Assert.True(File.Exists(Path.Combine(state.SocketDirectory!, $".s.PGSQL.{state.Port}")));
    }

    [Fact]
    public async Task EnsureStarted_SecondCall_ReusesRunningServer()
    {
        var pid = fixture.Cluster.GetState().Pid;
        var again = await new EmbeddedCluster(fixture.Home).EnsureStartedAsync();
        Assert.Equal(pid, fixture.Cluster.GetState().Pid);
        Assert.Equal(fixture.Connection, again);
    }

    [Fact]
    public async Task EnsureStarted_ConcurrentCallers_AllGetTheOneServer()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new EmbeddedCluster(fixture.Home).EnsureStartedAsync())));
        Assert.All(results, r => Assert.Equal(fixture.Connection, r));
        Assert.Equal(1, await SelectOneAsync(results[0].ConnectionString));
    }

    [Fact]
    public async Task EnsureStarted_AfterSigkillOfPostmaster_StartsItAgain()
    {
        await fixture.Cluster.EnsureStartedAsync();
        var pid = fixture.Cluster.GetState().Pid!.Value;
        Process.GetProcessById(pid).Kill();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (fixture.Cluster.GetState().Running && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.False(fixture.Cluster.GetState().Running);
        Assert.True(File.Exists(Path.Combine(fixture.Cluster.DataDirectory, "postmaster.pid")), "SIGKILL leaves the pid file behind");
        NpgsqlConnection.ClearAllPools();

        await fixture.Cluster.EnsureStartedAsync();

        var state = fixture.Cluster.GetState();
        Assert.True(state.Running);
        Assert.NotEqual(pid, state.Pid);
        Assert.Equal(1, await SelectOneAsync(fixture.Connection.ConnectionString));
    }

    [Fact]
    public async Task Stop_ThenEnsureStarted_StopsAndRestarts()
    {
        await fixture.Cluster.StopAsync();
        Assert.False(fixture.Cluster.GetState().Running);
        NpgsqlConnection.ClearAllPools();
        await fixture.Cluster.EnsureStartedAsync();
        Assert.Equal(1, await SelectOneAsync(fixture.Connection.ConnectionString));
    }

    [Fact]
    public void GetState_HomeWithoutCluster_SaysNotCreated()
    {
        var state = new EmbeddedCluster(Path.Combine(fixture.Home, "elsewhere")).GetState();
        Assert.False(state.Exists);
        Assert.False(state.Running);
    }
}
