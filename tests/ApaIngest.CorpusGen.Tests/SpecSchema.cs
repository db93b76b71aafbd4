using Json.Schema;

namespace ApaIngest.CorpusGen.Tests;

/// <summary>The contract's schema, loaded once: JsonSchema.Net registers it globally by its $id.</summary>
internal static class SpecSchema
{
    public static JsonSchema Instance { get; } =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "spec", "apa-document.schema.json")));
}
