using System.Net.Sockets;
using Npgsql;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace ApaIngest.Data.Loading;

/// <summary>
/// Polly v8 around database work: retry with exponential backoff and jitter on transient errors (connection refused,
/// server shutting down or starting, serialization failures), and a circuit breaker that stops hammering a database
/// that is down; the retry waits out the open circuit, so a batch pauses until the database is back (up to
/// <c>maxWait</c>) instead of failing every document. A whole per-document transaction is the unit retried: a failed
/// attempt rolled back, so repeating it is safe.
/// </summary>
public static class DatabaseResilience
{
    public static ResiliencePipeline Create(TimeSpan maxWait, Action<string>? onRetry = null)
    {
        var maxDelay = TimeSpan.FromSeconds(5);
        var predicate = new PredicateBuilder().Handle<Exception>(IsTransient);
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<BrokenCircuitException>().Handle<Exception>(IsTransient),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = maxDelay,
                // Each wait is at most maxDelay (jitter keeps most shorter), so this bounds the total wait near maxWait.
                MaxRetryAttempts = Math.Max(3, (int)(maxWait / (maxDelay / 2))),
                OnRetry = args =>
                {
                    // Pooled connections to a server that went away are dead: do not hand them out again.
                    NpgsqlConnection.ClearAllPools();
                    onRetry?.Invoke($"database not reachable ({Describe(args.Outcome.Exception)}); retry {args.AttemptNumber + 1} in {args.RetryDelay.TotalSeconds:0.0} s");
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = predicate,
                FailureRatio = 0.5,
                MinimumThroughput = 3,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(5),
            })
            .Build();
    }

    /// <summary>Errors after which the same work may succeed later, unchanged.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException pg => pg.IsTransient || pg.SqlState.StartsWith("08", StringComparison.Ordinal) ||
                                pg.SqlState is "57P01" or "57P02" or "57P03" or "40001" or "40P01",
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        SocketException or TimeoutException => true,
        IOException => exception.InnerException is SocketException,
        _ => false,
    };

    private static string Describe(Exception? exception) =>
        exception is null ? "no error" : exception is PostgresException pg ? $"{pg.SqlState} {pg.MessageText}" : exception.Message;
}
