namespace ApaIngest.Data.Ingest;

/// <summary>Outcome words of <see cref="DocumentReport.Outcome"/>.</summary>
public static class IngestOutcomes
{
    public const string Loaded = "loaded";
    public const string Replaced = "replaced";
    public const string Skipped = "skipped";
    public const string Failed = "failed";
}

/// <summary>Reason codes of failures and skips.</summary>
public static class IngestReasons
{
    public const string AlreadyPresent = "already-present";
    public const string NewerPresent = "newer-version-present";
    public const string NotFound = "not-found";
    public const string InputRejected = "input-rejected";
    public const string ExtractionError = "extraction-error";
    public const string LoadError = "load-error";
}

public sealed record DocumentReport(
    string Path, string? Sha256, string Outcome, string? Reason = null, string? Message = null,
    int? Pages = null, int? Indicators = null, int? Values = null, int? Issues = null);

/// <summary>What an ingest did; also the JSON of --report.</summary>
public sealed record IngestReport
{
    public required string PipelineVersion { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public double ElapsedSeconds => (FinishedAt - StartedAt).TotalSeconds;
    /// <summary>False when the batch was interrupted (Ctrl+C) or stopped because the database stayed unreachable; re-running resumes.</summary>
    public bool Completed { get; init; }
    public string? StoppedBecause { get; init; }
    public int Found { get; init; }
    /// <summary>
    /// Time the writer spent in database transactions (the loader's share of the elapsed time). The mapping of
    /// documents to rows and their encoding for COPY run on the extraction workers, like the extraction, and are not in it.
    /// </summary>
    public double LoadSeconds { get; init; }
    public int Loaded => Count(IngestOutcomes.Loaded);
    public int Replaced => Count(IngestOutcomes.Replaced);
    public int Skipped => Count(IngestOutcomes.Skipped);
    public int Failed => Count(IngestOutcomes.Failed);
    public int NotAttempted => Found - Documents.Count(d => d.Reason != IngestReasons.NotFound);
    public int Pages => Documents.Where(d => d.Outcome is IngestOutcomes.Loaded or IngestOutcomes.Replaced).Sum(d => d.Pages ?? 0);
    public int Values => Documents.Sum(d => d.Values ?? 0);
    public IReadOnlyDictionary<string, int> FailuresByReason => Documents.Where(d => d.Outcome == IngestOutcomes.Failed)
        .GroupBy(d => d.Reason ?? "unknown").OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
    /// <summary>Per issue code: how many loaded documents have at least one issue of it (not how many issues).</summary>
    public required IReadOnlyDictionary<string, int> DocumentsByIssueCode { get; init; }
    public required IReadOnlyList<DocumentReport> Documents { get; init; }

    private int Count(string outcome) => Documents.Count(d => d.Outcome == outcome);
}

/// <summary>A live snapshot for progress displays.</summary>
public sealed record IngestProgress(int Total, int Done, int Pages, int Loaded, int Skipped, int Failed, string? Current);
