namespace ApaIngest.Data.Embedded;

/// <summary>What <c>apa db status</c> reports.</summary>
public sealed record ClusterState(bool Exists, bool Running, int? Pid, int? Port, string DataDirectory, string? SocketDirectory);

/// <summary>How to reach the running embedded cluster: an Npgsql connection string and a libpq URL (for psql).</summary>
public sealed record EmbeddedConnection(string ConnectionString, string Url);

public sealed record EmbeddedClusterOptions
{
    /// <summary>
    /// False turns off fsync and synchronous commit: for throwaway clusters in tests only, where a machine crash
    /// losing the cluster costs nothing.
    /// </summary>
    public bool Durable { get; init; } = true;

    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(3);
}
