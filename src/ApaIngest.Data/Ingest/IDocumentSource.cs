using ApaIngest.Core.Documents;

namespace ApaIngest.Data.Ingest;

/// <summary>Where the ingest's documents come from: which files it takes, their identity, and how one becomes a document JSON.</summary>
public interface IDocumentSource
{
    /// <summary>The file name pattern taken when walking a directory, e.g. "*.pdf".</summary>
    string SearchPattern { get; }

    /// <summary>Whether a path named on the command line is a document (else it is read as a list of paths).</summary>
    bool IsDocument(string path);

    /// <summary>The document's identity: lower-case hex SHA-256 of the source PDF's bytes.</summary>
    Task<string> IdentifyAsync(string path, CancellationToken cancellationToken);

    /// <summary>Runs the extraction. Throw <see cref="Core.Pipeline.InputRejectedException"/> for input that cannot be processed.</summary>
    Task<ApaDocument> ExtractAsync(string path, CancellationToken cancellationToken);
}
