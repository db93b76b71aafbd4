using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ApaIngest.Core;
using ApaIngest.Core.Documents;

namespace ApaIngest.CorpusGen.Model;

/// <summary>Writes gold/NAME.json and gold/NAME.txt.</summary>
public static class GoldWriter
{
    /// <summary>The gold document with its source filled in: page count and the SHA-256 of the gold text.</summary>
    public static ApaDocument WithSource(Agreement a, string goldText, int pageCount) =>
        a.Gold with
        {
            Source = new SourceInfo(a.Name + ".pdf", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(goldText))), pageCount, TextSources.TextLayer),
        };

    /// <summary>
    /// The Core serializer, minus <c>"provenance": null</c>: the schema wants an object there or nothing, and gold has no
    /// boxes to give.
    /// </summary>
    public static string Serialize(ApaDocument doc)
    {
        var node = JsonNode.Parse(ApaDocumentJson.Serialize(doc))!;
        foreach (var ind in node["indicators"]!.AsArray())
        {
            var o = ind!.AsObject();
            if (o.TryGetPropertyValue("provenance", out var p) && p is null)
            {
                o.Remove("provenance");
            }
        }

        return node.ToJsonString(ApaDocumentJson.Options) + "\n";
    }

    public static void Write(string goldDir, string name, ApaDocument doc, string goldText)
    {
        AtomicFile.WriteAllText(Path.Combine(goldDir, name + ".json"), Serialize(doc));
        AtomicFile.WriteAllText(Path.Combine(goldDir, name + ".txt"), goldText);
    }
}
