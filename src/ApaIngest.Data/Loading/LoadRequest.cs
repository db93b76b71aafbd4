using ApaIngest.Core.Documents;

namespace ApaIngest.Data.Loading;

/// <summary>One document to store: its JSON, the SHA-256 of the source file (the identity), where it came from, and which pipeline made it.</summary>
public sealed record LoadRequest(ApaDocument Document, string Sha256, string SourcePath, string PipelineVersion, string? ModelVersion = null);

public enum LoadOutcome
{
    /// <summary>New document, stored.</summary>
    Loaded,

    /// <summary>Stored by an older pipeline version: its records were replaced in the same transaction.</summary>
    Replaced,

    /// <summary>Already stored by this pipeline version: nothing written.</summary>
    AlreadyPresent,

    /// <summary>Already stored by a newer pipeline version: nothing written.</summary>
    NewerPresent,
}

public sealed record LoadResult(LoadOutcome Outcome, long DocumentId, int Indicators, int Values, int Issues);
