using ApaIngest.Core.Documents;
using ApaIngest.Extraction.Tests.Support;

namespace ApaIngest.Extraction.Tests;

public class DebugDump
{
    [Fact]
    public void Dump()
    {
        foreach (var name in SeedDocuments.Names)
        {
            var doc = new AgreementExtractor().Extract(SeedDocuments.Load(name));
            File.WriteAllText($"/tmp/extract-{name}.json", ApaDocumentJson.Serialize(doc));
        }

        foreach (var name in CorpusPipeline.GoldNames())
        {
            var pdf = RepoRoot.File("corpus", name + ".digital.pdf");
            if (File.Exists(pdf))
            {
                File.WriteAllText($"/tmp/pred/{name}.json", ApaDocumentJson.Serialize(CorpusPipeline.Extract(pdf)));
            }
        }
    }
}
