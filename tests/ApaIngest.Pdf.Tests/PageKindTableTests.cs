using System.Text;
using ApaIngest.Core.Pages;
using Xunit.Abstractions;

namespace ApaIngest.Pdf.Tests;

/// <summary>
/// Page classification of every PDF of corpus/ and data/pdf/ with and without the span classifier, as a confusion table
/// (expected kind from the file: digital/freedom-fight → Text, legacy → Legacy, scans → Image, Nikosh mPDF/IBAS → Broken).
/// </summary>
public class PageKindTableTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Classify_AllCorpusAndRealPdfs_EveryPageAsExpected(bool withModel)
    {
        // Without the model only the PDFs with a text layer are read again: scans have no spans to vote.
        var files = Directory.GetFiles(Path.Combine(TestFiles.Root, "corpus"), "*.pdf")
            .Where(f => withModel || !f.Contains(".scan", StringComparison.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(TestFiles.Root, "data", "pdf"), "*.pdf")).Order(StringComparer.Ordinal).ToList();
        var options = new PdfReadOptions { IncludeImageBytes = false };
        var reader = new PdfDocumentReader(withModel ? options : options with { SpanClassifier = null });
        Assert.True(!withModel || reader.Options.SpanClassifier is not null, "models/spans/model.zip missing");
        var table = new Dictionary<(PageKind Expected, PageKind Actual), int>();
        var wrong = new List<string>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var file in files)
        {
            foreach (var page in reader.Read(file, CancellationToken.None).Pages)
            {
                var expected = Expected(Path.GetFileName(file), page);
                table[(expected, page.Kind)] = table.GetValueOrDefault((expected, page.Kind)) + 1;
                if (expected != page.Kind)
                {
                    wrong.Add($"{Path.GetFileName(file)} p{page.PageNumber}: {page.Kind} ({page.KindReason})");
                }
            }
        }

        output.WriteLine($"{(withModel ? "with" : "without")} the span classifier, {files.Count} PDFs, {watch.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine(Render(table));
        Assert.True(files.Count >= (withModel ? 28 : 16), $"{files.Count} PDFs");
        Assert.Empty(wrong);
    }

    private static PageKind Expected(string name, PageContent page) => name switch
    {
        _ when name.Contains(".scan", StringComparison.Ordinal) => PageKind.Image,
        _ when name.Contains(".legacy.", StringComparison.Ordinal) => PageKind.Legacy,
        _ when name.Contains(".digital.", StringComparison.Ordinal) || name.StartsWith("freedom-fight", StringComparison.Ordinal) => PageKind.Text,
        _ when name.StartsWith("ibas-faq", StringComparison.Ordinal) && page.PageNumber == 19 => PageKind.Image,
        _ => PageKind.Broken,
    };

    private static string Render(Dictionary<(PageKind Expected, PageKind Actual), int> table)
    {
        var kinds = Enum.GetValues<PageKind>();
        var sb = new StringBuilder("| expected \\ classified | ").Append(string.Join(" | ", kinds)).Append(" |\n");
        foreach (var e in kinds)
        {
            sb.Append("| ").Append(e).Append(" | ").Append(string.Join(" | ", kinds.Select(a => table.GetValueOrDefault((e, a))))).Append(" |\n");
        }

        return sb.ToString();
    }
}
