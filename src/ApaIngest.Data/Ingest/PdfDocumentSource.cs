using System.Security.Cryptography;
using ApaIngest.Core.Documents;

namespace ApaIngest.Data.Ingest;

/// <summary>PDFs run through an extraction function (in the CLI: <c>ExtractionPipeline.RunAsync</c>).</summary>
public sealed class PdfDocumentSource(Func<string, CancellationToken, Task<ApaDocument>> extract) : IDocumentSource
{
    public string SearchPattern => "*.pdf";

    public bool IsDocument(string path) => path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    public Task<string> IdentifyAsync(string path, CancellationToken cancellationToken) => Sha256OfFileAsync(path, cancellationToken);

    public Task<ApaDocument> ExtractAsync(string path, CancellationToken cancellationToken) => extract(path, cancellationToken);

    public static async Task<string> Sha256OfFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }
}
