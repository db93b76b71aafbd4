using ApaIngest.Data.Embedded;
using Npgsql;

namespace ApaIngest.Data;

/// <summary>Which database a command works on: --db, else $APA_DB, else the embedded cluster (started if needed).</summary>
public static class DatabaseLocator
{
    public const string EnvironmentVariable = "APA_DB";

    public static async Task<string> ResolveAsync(string? db, CancellationToken cancellationToken)
    {
        var explicitDb = db is { Length: > 0 } ? db : Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (explicitDb is { Length: > 0 })
        {
            return ToNpgsql(explicitDb);
        }

        var connection = await new EmbeddedCluster().EnsureStartedAsync(cancellationToken).ConfigureAwait(false);
        return connection.ConnectionString;
    }

    /// <summary>Accepts an Npgsql connection string or a libpq URL (postgresql://user:pw@host:port/db?host=/socket/dir).</summary>
    public static string ToNpgsql(string connection)
    {
        if (!connection.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) &&
            !connection.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new NpgsqlConnectionStringBuilder(connection).ConnectionString;
        }

        var uri = new Uri(connection);
        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host.Length > 0)
        {
            builder.Host = uri.Host;
        }

        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            switch (kv[0])
            {
                case "host": builder.Host = value; break;
                case "port": builder.Port = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "user": builder.Username = value; break;
                case "password": builder.Password = value; break;
                case "dbname": builder.Database = value; break;
                case "sslmode": builder.SslMode = Enum.Parse<SslMode>(value, ignoreCase: true); break;
                default: break;
            }
        }

        return builder.ConnectionString;
    }
}
