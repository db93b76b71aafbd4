using ApaIngest.Core.Documents;
using ApaIngest.Core.Pipeline;

namespace ApaIngest.Data.Ingest;

/// <summary>
/// Document JSONs already extracted (by <c>apa extract</c>, perhaps on other machines): the identity is the
/// source.sha256 inside, so loading a PDF's JSON and ingesting the PDF itself name the same document.
/// </summary>
public sealed class JsonDocumentSource(TimeSpan delay = default) : IDocumentSource
{
    public string SearchPattern => "*.json";

    public bool IsDocument(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public async Task<string> IdentifyAsync(string path, CancellationToken cancellationToken) =>
        (await ExtractAsync(path, cancellationToken).ConfigureAwait(false)).Source.Sha256.ToLowerInvariant();

    public async Task<ApaDocument> ExtractAsync(string path, CancellationToken cancellationToken)
    {
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var document = ApaDocumentJson.Deserialize(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
            if (document.Source is null || document.Source.Sha256 is not { Length: 64 })
            {
                throw new InputRejectedException($"{path}: not a document JSON (source.sha256 missing)");
            }

            return document;
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InputRejectedException($"{path}: not a document JSON ({e.Message})", e);
        }
    }
}
