using ApaIngest.Core.Pipeline;
using ApaIngest.Data.Ingest;
using ApaIngest.Data.Tests.Support;

namespace ApaIngest.Data.Tests.Ingest;

public sealed class JsonDocumentSourceTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "apa-json-" + Guid.NewGuid().ToString("N")[..8]);

    public JsonDocumentSourceTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Identify_SavedDocument_IsItsSourceSha256()
    {
        var path = SampleDocuments.WriteJsonFiles(directory, 1)[0];

        Assert.Equal(SampleDocuments.ShaOf(1), await new JsonDocumentSource().IdentifyAsync(path, default));
    }

    [Fact]
    public async Task Identify_UpperCaseShaAfterOtherProperties_LowerCase()
    {
        var sha = new string('A', 64);
        var json = "{\"schema_version\": 1, \"agreement\": {\"source\": {\"sha256\": \"x\"}}, \"source\": {\"file_name\": \"a.pdf\", \"sha256\": \"" + sha + "\"}}";
        var path = Write("a.json", json);

        Assert.Equal(new string('a', 64), await new JsonDocumentSource().IdentifyAsync(path, default));
    }

    [Fact]
    public async Task Identify_NotJson_InputRejected()
    {
        var path = Write("broken.json", "{ not json");

        await Assert.ThrowsAsync<InputRejectedException>(() => new JsonDocumentSource().IdentifyAsync(path, default));
    }

    [Fact]
    public async Task Identify_ShaMissing_InputRejected()
    {
        var path = Write("nosha.json", """{"schema_version": 1, "source": {"file_name": "a.pdf"}}""");

        await Assert.ThrowsAsync<InputRejectedException>(() => new JsonDocumentSource().IdentifyAsync(path, default));
    }
}
