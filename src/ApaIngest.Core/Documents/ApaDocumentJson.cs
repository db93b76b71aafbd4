using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApaIngest.Core.Documents;

/// <summary>Reads and writes the document JSON: snake_case, unescaped Bangla, stable and byte-identical for the same document.</summary>
public static class ApaDocumentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string Serialize(ApaDocument document) => JsonSerializer.Serialize(document, Options) + "\n";

    public static ApaDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<ApaDocument>(json, Options) ?? throw new JsonException("the document JSON is null");

    public static ApaDocument Load(string path) => Deserialize(File.ReadAllText(path));

    /// <summary>Writes whole or not at all: to a temporary file beside the target, then renamed over it.</summary>
    public static void Save(ApaDocument document, string path) => AtomicFile.WriteAllText(path, Serialize(document));
}
