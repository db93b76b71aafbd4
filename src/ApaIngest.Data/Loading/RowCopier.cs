using Npgsql;

namespace ApaIngest.Data.Loading;

/// <summary>
/// Binary COPY of several documents' rows, one COPY per table, from the bytes encoded on the workers
/// (<see cref="EncodedDocument"/>): the writer adds the format's header and trailer and streams the buffers.
/// </summary>
internal static class RowCopier
{
    /// <summary>"PGCOPY\n\377\r\n\0", flags 0, header extension length 0.</summary>
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>Field count -1: end of data.</summary>
    private static readonly byte[] Trailer = [0xFF, 0xFF];

    public static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<EncodedDocument> documents, CancellationToken cancellationToken)
    {
        await CopyTableAsync(connection, EncodedDocument.DocumentsCopy, documents, d => d.Documents, cancellationToken).ConfigureAwait(false);
        await CopyTableAsync(connection, EncodedDocument.AgreementsCopy, documents, d => d.Agreements, cancellationToken).ConfigureAwait(false);
        await CopyTableAsync(connection, EncodedDocument.AreasCopy, documents, d => d.Areas, cancellationToken).ConfigureAwait(false);
        await CopyTableAsync(connection, EncodedDocument.IndicatorsCopy, documents, d => d.Indicators, cancellationToken).ConfigureAwait(false);
        await CopyTableAsync(connection, EncodedDocument.ValuesCopy, documents, d => d.Values, cancellationToken).ConfigureAwait(false);
        await CopyTableAsync(connection, EncodedDocument.IssuesCopy, documents, d => d.Issues, cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyTableAsync(
        NpgsqlConnection connection, string copy, IReadOnlyList<EncodedDocument> documents, Func<EncodedDocument, CopyBuffer> table,
        CancellationToken cancellationToken)
    {
        if (documents.All(d => table(d).Rows == 0))
        {
            return;
        }

        await using var stream = await connection.BeginRawBinaryCopyAsync(copy, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(Header, cancellationToken).ConfigureAwait(false);
        foreach (var document in documents)
        {
            await stream.WriteAsync(table(document).Written, cancellationToken).ConfigureAwait(false);
        }

        await stream.WriteAsync(Trailer, cancellationToken).ConfigureAwait(false);
    }
}
