using System.Collections.Concurrent;
using System.Threading.Channels;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Pipeline;
using ApaIngest.Data.Loading;
using Npgsql;
using Polly;

namespace ApaIngest.Data.Ingest;

/// <summary>
/// The bulk ingest: files → N extraction workers (which also map each document to rows) → one bounded channel → one
/// writer. The writer takes every document waiting in the channel (up to a bound) and writes them in one
/// transaction; each document is still all or nothing, and if such a load fails for a reason other than the database
/// being away, its documents are written again one per transaction so that only the one at fault fails. Failures are
/// quarantined (table ingest_failures and the report) and never stop the batch; documents already stored by this
/// pipeline version are skipped before extraction, so an interrupted batch resumes where it stopped. Only an
/// unreachable database (after waiting <see cref="IngestOptions.DatabaseWait"/>) or cancellation stops it early.
/// </summary>
public sealed class IngestBatch(string connectionString, IDocumentSource source, IngestOptions options)
{
    /// <summary>Bounds of one load (one transaction): what a SIGKILL or a bad document makes the writer redo.</summary>
    private const int MaxDocumentsPerLoad = 64;

    private const int MaxRowsPerLoad = 50_000;

    private readonly ConcurrentDictionary<string, (string Version, int Pages)> stored = new(StringComparer.Ordinal);
    private readonly DocumentLoader loader = new(connectionString);

    /// <summary>Called from the writer after every document (and once at the start).</summary>
    public Action<IngestProgress>? Progress { get; init; }

    /// <summary>Notes for the operator (waiting for the database, …).</summary>
    public Action<string>? Log { get; init; }

    private sealed record WorkResult(string Path, string? Sha, PreparedDocument? Prepared, DocumentReport? Report);

    public async Task<IngestReport> RunAsync(IEnumerable<string> inputs, CancellationToken cancellationToken, TextReader? stdin = null)
    {
        var started = DateTimeOffset.UtcNow;
        var (files, missing) = InputWalker.Walk(inputs, source, stdin);
        var reports = missing.Select(m => new DocumentReport(m, null, IngestOutcomes.Failed, IngestReasons.NotFound, "no such file or directory")).ToList();
        var db = DatabaseResilience.Create(options.DatabaseWait, Log);
        string? stoppedBecause = null;
        var issues = new IssueSummary();
        var progress = new ProgressCounter(files.Count, Progress);
        var loadClock = new System.Diagnostics.Stopwatch();

        async Task FinishAsync(WorkResult result, DocumentReport report, ResiliencePipeline db, CancellationToken cancellationToken)
        {
            progress.Current = Path.GetFileName(result.Path);
            if (report.Outcome == IngestOutcomes.Failed)
            {
                await QuarantineAsync(report, db, cancellationToken).ConfigureAwait(false);
            }
            else if (report.Outcome is IngestOutcomes.Loaded or IngestOutcomes.Replaced)
            {
                issues.Add(result.Prepared!.Request.Document);
            }

            reports.Add(report);
            progress.Add(report);
        }

        try
        {
            await db.ExecuteAsync(async ct => await ApaDatabase.MigrateAsync(connectionString, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            await db.ExecuteAsync(async ct => await ReadStoredAsync(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            progress.Report(null);
            using var workersCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var work = Channel.CreateBounded<string>(new BoundedChannelOptions(Math.Max(2, options.Jobs * 2)) { SingleWriter = true });
            // Room for a full load: documents that wait here are written together.
            var results = Channel.CreateBounded<WorkResult>(new BoundedChannelOptions(MaxDocumentsPerLoad) { SingleReader = true });
            var producer = Task.Run(async () =>
            {
                try
                {
                    foreach (var file in files)
                    {
                        await work.Writer.WriteAsync(file, workersCts.Token).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException)
                {
                    // The writer stopped early; nothing more to hand out.
                }
                finally
                {
                    work.Writer.TryComplete();
                }
            }, CancellationToken.None);
            var workers = Enumerable.Range(0, Math.Max(1, options.Jobs))
                .Select(_ => Task.Run(() => WorkAsync(work.Reader, results.Writer, workersCts.Token), CancellationToken.None))
                .ToArray();
            var closer = Task.WhenAll(workers).ContinueWith(_ => results.Writer.TryComplete(), TaskScheduler.Default);

            try
            {
                var documents = new List<WorkResult>();
                while (await results.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    // Everything already waiting goes into one load (one transaction), up to a bound; a second copy
                    // of a document waits for the next load, which then finds the first one stored.
                    var shas = new HashSet<string>(StringComparer.Ordinal);
                    var rows = 0;
                    while (documents.Count < MaxDocumentsPerLoad && rows < MaxRowsPerLoad && results.Reader.TryPeek(out var next)
                           && (next.Prepared is null || !shas.Contains(next.Prepared.Sha256)))
                    {
                        results.Reader.TryRead(out var result);
                        if (result!.Report is { } report)
                        {
                            await FinishAsync(result, report, db, cancellationToken).ConfigureAwait(false);
                            continue;
                        }

                        documents.Add(result);
                        shas.Add(result.Prepared!.Sha256);
                        rows += result.Prepared.Rows.Values.Count + result.Prepared.Rows.Indicators.Count;
                    }

                    if (documents.Count == 0)
                    {
                        continue;
                    }

                    loadClock.Start();
                    var outcomes = await StoreAsync(documents, db, cancellationToken).ConfigureAwait(false);
                    loadClock.Stop();
                    for (var n = 0; n < documents.Count; n++)
                    {
                        await FinishAsync(documents[n], outcomes[n], db, cancellationToken).ConfigureAwait(false);
                    }

                    documents.Clear();
                }
            }
            finally
            {
                await workersCts.CancelAsync().ConfigureAwait(false);
                await Task.WhenAll([producer, closer, .. workers]).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stoppedBecause = "interrupted";
        }
        catch (Exception e) when (DatabaseResilience.IsTransient(e) || e is Polly.CircuitBreaker.BrokenCircuitException)
        {
            stoppedBecause = $"database unreachable for {options.DatabaseWait.TotalMinutes:0.#} min: {e.Message}";
        }

        return new IngestReport
        {
            PipelineVersion = options.PipelineVersion,
            StartedAt = started,
            FinishedAt = DateTimeOffset.UtcNow,
            Completed = stoppedBecause is null,
            StoppedBecause = stoppedBecause,
            Found = files.Count,
            LoadSeconds = loadClock.Elapsed.TotalSeconds,
            DocumentsByIssueCode = issues.Counts,
            Documents = reports,
        };
    }

    private async Task ReadStoredAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT sha256, pipeline_version, page_count FROM documents", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stored[reader.GetString(0)] = (reader.GetString(1), reader.GetInt32(2));
        }
    }

    /// <summary>Skip check and extraction for one file; any failure becomes a report, never an exception (except cancellation).</summary>
    private async Task WorkAsync(ChannelReader<string> work, ChannelWriter<WorkResult> results, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var path in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                string? sha = null;
                WorkResult result;
                try
                {
                    sha = await source.IdentifyAsync(path, cancellationToken).ConfigureAwait(false);
                    if (stored.TryGetValue(sha, out var have) && PipelineVersions.Compare(options.PipelineVersion, have.Version) <= 0)
                    {
                        var reason = PipelineVersions.Compare(options.PipelineVersion, have.Version) == 0 ? IngestReasons.AlreadyPresent : IngestReasons.NewerPresent;
                        result = new WorkResult(path, sha, null, new DocumentReport(path, sha, IngestOutcomes.Skipped, reason, Pages: have.Pages));
                    }
                    else
                    {
                        var document = await source.ExtractAsync(path, cancellationToken).ConfigureAwait(false);
                        result = Prepare(path, sha, document);
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (InputRejectedException e)
                {
                    result = new WorkResult(path, sha, null, new DocumentReport(path, sha, IngestOutcomes.Failed, IngestReasons.InputRejected, e.Message));
                }
                catch (Exception e)
                {
                    result = new WorkResult(path, sha, null,
                        new DocumentReport(path, sha, IngestOutcomes.Failed, IngestReasons.ExtractionError, $"{e.GetType().Name}: {e.Message}"));
                }

                await results.WriteAsync(result, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The writer stopped (interrupt or database gone): leave quietly.
        }
    }

    /// <summary>The mapping to rows and the JSON of the document column, done here on the workers rather than on the writer.</summary>
    private WorkResult Prepare(string path, string sha, ApaDocument document)
    {
        try
        {
            return new WorkResult(path, sha, loader.Prepare(new LoadRequest(document, sha, path, options.PipelineVersion, options.ModelVersion)), null);
        }
        catch (Exception e)
        {
            return new WorkResult(path, sha, null, new DocumentReport(path, sha, IngestOutcomes.Failed, IngestReasons.LoadError, $"{e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>
    /// Writes the documents in one transaction. If that fails for a reason other than the database being away, the
    /// documents are written again one per transaction, so only the document at fault is quarantined.
    /// </summary>
    private async Task<IReadOnlyList<DocumentReport>> StoreAsync(IReadOnlyList<WorkResult> documents, ResiliencePipeline db, CancellationToken cancellationToken)
    {
        var prepared = documents.Select(d => d.Prepared!).ToList();
        var attempts = 0;
        try
        {
            var loaded = await db.ExecuteAsync(async ct =>
            {
                attempts++;
                return await loader.LoadManyAsync(prepared, ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            return prepared.Select((p, n) => Report(p, loaded[n], attempts)).ToList();
        }
        catch (Exception e) when (IsDocumentFault(e))
        {
            if (documents.Count == 1)
            {
                var p = prepared[0];
                return [new DocumentReport(p.Request.SourcePath, p.Sha256, IngestOutcomes.Failed, IngestReasons.LoadError,
                    e is PostgresException pg ? $"{pg.SqlState} {pg.MessageText}" : e.Message)];
            }

            var reports = new List<DocumentReport>(documents.Count);
            foreach (var document in documents)
            {
                reports.AddRange(await StoreAsync([document], db, cancellationToken).ConfigureAwait(false));
            }

            return reports;
        }
    }

    private static bool IsDocumentFault(Exception e) =>
        e is not OperationCanceledException && !DatabaseResilience.IsTransient(e) && e is not Polly.CircuitBreaker.BrokenCircuitException;

    private DocumentReport Report(PreparedDocument prepared, LoadResult loaded, int attempts)
    {
        var path = prepared.Request.SourcePath;
        var sha = prepared.Sha256;
        var pages = prepared.Request.Document.Source.PageCount;
        stored[sha] = (options.PipelineVersion, pages);
        return loaded.Outcome switch
        {
            LoadOutcome.Loaded => new DocumentReport(path, sha, IngestOutcomes.Loaded, null, null, pages, loaded.Indicators, loaded.Values, loaded.Issues),
            LoadOutcome.Replaced => new DocumentReport(path, sha, IngestOutcomes.Replaced, null, null, pages, loaded.Indicators, loaded.Values, loaded.Issues),
            // A retry after a commit whose acknowledgement was lost finds its own row: that is this run's load.
            LoadOutcome.AlreadyPresent when attempts > 1 => new DocumentReport(path, sha, IngestOutcomes.Loaded, null, null, pages),
            LoadOutcome.AlreadyPresent => new DocumentReport(path, sha, IngestOutcomes.Skipped, IngestReasons.AlreadyPresent, null, pages),
            _ => new DocumentReport(path, sha, IngestOutcomes.Skipped, IngestReasons.NewerPresent, null, pages),
        };
    }

    private Task QuarantineAsync(DocumentReport report, ResiliencePipeline db, CancellationToken cancellationToken)
    {
        if (report.Reason == IngestReasons.NotFound)
        {
            return Task.CompletedTask;
        }

        return db.ExecuteAsync(async ct =>
        {
            const string sql = """
                INSERT INTO ingest_failures (source_path, sha256, reason, message, pipeline_version)
                VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (source_path) DO UPDATE SET sha256 = excluded.sha256, reason = excluded.reason,
                    message = excluded.message, pipeline_version = excluded.pipeline_version, failed_at = now()
                """;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue(report.Path);
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text, Value = (object?)report.Sha256 ?? DBNull.Value });
            command.Parameters.AddWithValue(report.Reason ?? "unknown");
            command.Parameters.AddWithValue(report.Message ?? "");
            command.Parameters.AddWithValue(options.PipelineVersion);
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken).AsTask();
    }

    private sealed class ProgressCounter(int total, Action<IngestProgress>? sink)
    {
        private int done;
        private int pages;
        private int loaded;
        private int skipped;
        private int failed;

        public string? Current { get; set; }

        public void Add(DocumentReport report)
        {
            done++;
            pages += report.Pages ?? 0;
            switch (report.Outcome)
            {
                case IngestOutcomes.Loaded or IngestOutcomes.Replaced: loaded++; break;
                case IngestOutcomes.Skipped: skipped++; break;
                default: failed++; break;
            }

            Report(Current);
        }

        public void Report(string? current) => sink?.Invoke(new IngestProgress(total, done, pages, loaded, skipped, failed, current));
    }
}
