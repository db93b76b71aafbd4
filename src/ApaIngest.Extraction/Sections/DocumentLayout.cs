using ApaIngest.Core.Pages;
using ApaIngest.Extraction.Layout;
using ApaIngest.Extraction.Tables;

namespace ApaIngest.Extraction.Sections;

/// <summary>Every page as tables plus the text lines outside them, in reading order (page, then top to bottom).</summary>
public static class DocumentLayout
{
    public static IReadOnlyList<Block> Build(ReadDocument document)
    {
        var blocks = new List<Block>();
        foreach (var page in document.Pages)
        {
            blocks.AddRange(Build(page));
        }

        return blocks;
    }

    public static IReadOnlyList<Block> Build(PageContent page)
    {
        var tables = TableReader.Read(page);
        var outside = page.Words.Where(w => !tables.Any(t => t.Box.Contains(w.Box.CenterX, w.Box.CenterY)));
        var lines = LineBuilder.Build(page.PageNumber, outside);
        return lines.Select(l => (Block)new LineBlock(l))
            .Concat(tables.Select(t => new TableBlock(t)))
            .OrderBy(b => b.Top)
            .ToList();
    }
}
