namespace ApaIngest.Extraction.Tests.Support;

/// <summary>
/// The seed transcriptions (data/seeds/*.txt) as pages: tab-separated runs of lines become ruled tables (the page-to-text
/// step's own rows, with their repeated headers, shifted cells and damage), other lines paragraphs; markdown marks dropped.
/// Section 3 tables get the real template's proportions: wide text columns, narrow number columns.
/// </summary>
public static class SeedDocuments
{
    public static readonly string[] Names =
    [
        "koyra-upazila-nirbahi-office-2023-24",
        "khulna-metropolitan-police-south-2023-24",
        "khulna-district-ict-office-2024-25",
    ];

    public static Core.Pages.ReadDocument Load(string name)
    {
        var lines = File.ReadAllLines(RepoRoot.File("data", "seeds", name + ".txt"));
        var renderer = new GridPageRenderer();
        var table = new List<IReadOnlyList<string>>();
        void FlushTable()
        {
            if (table.Count > 0)
            {
                var cols = table.Max(r => r.Count);
                var widths = Enumerable.Range(0, cols).Select(c => table.Average(r => c < r.Count ? Math.Min(60, r[c].Length) : 0) + 6).ToList();
                renderer.Table(table.ToList(), widths);
                table.Clear();
            }
        }

        foreach (var raw in lines)
        {
            if (raw.Contains('\t', StringComparison.Ordinal))
            {
                table.Add(raw.Split('\t').Select(c => c.Trim()).ToList());
                continue;
            }

            FlushTable();
            var text = raw.Trim().TrimStart('#').Replace("**", "", StringComparison.Ordinal).Trim();
            if (text.Length == 0 || text == "---")
            {
                continue;
            }

            renderer.Paragraph(text);
        }

        FlushTable();
        return renderer.Document(name + ".pdf");
    }
}
