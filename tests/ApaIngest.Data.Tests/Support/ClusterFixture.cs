using ApaIngest.Data.Embedded;
using Npgsql;

namespace ApaIngest.Data.Tests.Support;

/// <summary>A real embedded cluster in a temporary APA_HOME, stopped and deleted after the tests that share it.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public string Home { get; } = Path.Combine(Path.GetTempPath(), "apa-test-" + Guid.NewGuid().ToString("N")[..10]);

    public EmbeddedCluster Cluster { get; private set; } = null!;

    public EmbeddedConnection Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cluster = new EmbeddedCluster(Home, new EmbeddedClusterOptions { Durable = false });
        Connection = await Cluster.EnsureStartedAsync();
    }

    /// <summary>A new empty database in the cluster, so tests sharing the cluster do not see each other's rows.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(Connection.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(Connection.ConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Cluster.DeleteAsync();
        if (Directory.Exists(Home))
        {
            Directory.Delete(Home, recursive: true);
        }
    }
}
