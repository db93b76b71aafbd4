using System.Collections.Concurrent;
using ApaIngest.Data.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ApaIngest.Data;

/// <summary>Brings a database to the current schema on first use (EF Core migrations), once per process and database.</summary>
public static class ApaDatabase
{
    private static readonly ConcurrentDictionary<string, Lazy<Task>> Migrated = new();

    public static Task MigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var lazy = Migrated.GetOrAdd(connectionString, cs => new Lazy<Task>(() => MigrateNowAsync(cs, cancellationToken)));
        return AwaitOrForgetAsync(connectionString, lazy);
    }

    private static async Task AwaitOrForgetAsync(string connectionString, Lazy<Task> lazy)
    {
        try
        {
            await lazy.Value.ConfigureAwait(false);
        }
        catch
        {
            // A failed attempt (database down) must not be remembered: the next call tries again.
            Migrated.TryRemove(new KeyValuePair<string, Lazy<Task>>(connectionString, lazy));
            throw;
        }
    }

    private static async Task MigrateNowAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Several apa processes may start on a fresh database at once: one migrates, the others wait and find it done.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(7210417)", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            // EF opens its own connections (from the string: a cloned NpgsqlConnection would lose the password).
            await using var context = new ApaDbContext(ApaDbContext.Options(connectionString));
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(7210417)", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
