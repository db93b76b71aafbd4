namespace ApaIngest.Data.Loading;

/// <summary>
/// A load request with its client-side work already done: the rows of the relational model, encoded for binary COPY
/// (the document JSON included). Made by <see cref="DocumentLoader.Prepare"/> (on the extraction workers in a batch),
/// so the writer only reserves ids, patches them in and streams bytes.
/// </summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(LoadRequest request, string sha256, DocumentRows rows, EncodedDocument encoded)
    {
        Request = request;
        Sha256 = sha256;
        Rows = rows;
        Encoded = encoded;
    }

    public LoadRequest Request { get; }

    /// <summary>Lower-case hex SHA-256 of the source file: the document's identity.</summary>
    public string Sha256 { get; }

    public DocumentRows Rows { get; }

    internal EncodedDocument Encoded { get; }
}
