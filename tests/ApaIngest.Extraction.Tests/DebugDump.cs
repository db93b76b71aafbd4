using ApaIngest.Core.Documents;
using ApaIngest.Extraction.Headers;
using ApaIngest.Extraction.Sections;
using ApaIngest.Extraction.Tests.Support;

namespace ApaIngest.Extraction.Tests;

public class DebugDump
{
    [Fact(Skip = "manual: writes /tmp/tables-*.txt for inspection")]
    public void Dump()
    {
        foreach (var name in SeedDocuments.Names)
        {
            var read = SeedDocuments.Load(name);
            var doc = new AgreementExtractor().Extract(read);
            File.WriteAllText($"/tmp/extract-{name}.json", ApaDocumentJson.Serialize(doc));
            using var w = new StreamWriter($"/tmp/tables-{name}.txt");
            var tracker = new SectionTracker();
            foreach (var b in DocumentLayout.Build(read))
            {
                if (b is LineBlock lb)
                {
                    tracker.Observe(lb.Line.Text);
                    w.WriteLine($"p{b.PageNumber} LINE [{tracker.Current}/{tracker.Annex}] {lb.Line.Text}");
                }
                else if (b is TableBlock tb)
                {
                    var h = HeaderMapper.Map(tb.Grid);
                    w.WriteLine($"p{b.PageNumber} TABLE {tb.Grid.RowCount}x{tb.Grid.ColumnCount} header={h.RowCount} roles={string.Join(",", h.Columns.Select(c => c.Role + (c.Level ?? "")))}");
                    for (var r = 0; r < Math.Min(tb.Grid.RowCount, 4); r++)
                    {
                        w.WriteLine("   | " + string.Join(" | ", Enumerable.Range(0, tb.Grid.ColumnCount).Select(c => tb.Grid.Text(r, c))));
                    }
                }
            }
        }
    }
}
