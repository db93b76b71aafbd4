using System.Text.Json;
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

    /// <summary>Reads source.sha256 without building the document; a file where that does not work gets the full parse (and its error).</summary>
    public async Task<string> IdentifyAsync(string path, CancellationToken cancellationToken)
    {
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return ScanSha256(bytes)?.ToLowerInvariant() ?? (await ParseAsync(path, cancellationToken).ConfigureAwait(false)).Source.Sha256.ToLowerInvariant();
    }

    public async Task<ApaDocument> ExtractAsync(string path, CancellationToken cancellationToken)
    {
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }

        return await ParseAsync(path, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ApaDocument> ParseAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var document = ApaDocumentJson.Deserialize(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
            if (document.Source is null || document.Source.Sha256 is not { Length: 64 })
            {
                throw new InputRejectedException($"{path}: not a document JSON (source.sha256 missing)");
            }

            return document;
        }
        catch (JsonException e)
        {
            throw new InputRejectedException($"{path}: not a document JSON ({e.Message})", e);
        }
    }

    /// <summary>The string at source.sha256 of the top-level object if it has 64 characters, else null.</summary>
    internal static string? ScanSha256(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isSource = reader.ValueTextEquals("source"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isSource)
                {
                    return reader.TokenType == JsonTokenType.StartObject ? ScanSourceSha256(ref reader) : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON: the full parse says so properly.
        }

        return null;
    }

    private static string? ScanSourceSha256(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isSha = reader.ValueTextEquals("sha256"u8);
            if (!reader.Read())
            {
                return null;
            }

            if (isSha)
            {
                return reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: 64 } sha ? sha : null;
            }

            reader.Skip();
        }

        return null;
    }
}
