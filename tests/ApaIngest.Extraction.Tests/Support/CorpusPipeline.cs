using ApaIngest.Core.Documents;
using ApaIngest.Core.Pipeline;
using ApaIngest.Pdf;
using ApaIngest.Repair.TextLayer;

namespace ApaIngest.Extraction.Tests.Support;

/// <summary>The real text path (PDF reader + text-layer repair) into the extractor, for corpus documents with a text layer.</summary>
public static class CorpusPipeline
{
    public static ExtractionPipeline Create() =>
        new(new PdfDocumentReader(new PdfReadOptions()), null, [new TextLayerRepairer()], new AgreementExtractor(), []);

    public static ApaDocument Extract(string pdfPath) =>
        Create().RunAsync(pdfPath, CancellationToken.None).GetAwaiter().GetResult();

    public static IEnumerable<string> GoldNames() =>
        Directory.Exists(RepoRoot.File("corpus", "gold"))
            ? Directory.GetFiles(RepoRoot.File("corpus", "gold"), "*.json").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)
            : [];
}
