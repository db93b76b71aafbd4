using ApaIngest.Core.Pages;
using ApaIngest.Extraction.Headers;
using ApaIngest.Extraction.Tables;

namespace ApaIngest.Extraction.Tests.Tables;

public sealed class HeaderMapperTests
{
    private static TableGrid Grid(params string[][] rows)
    {
        var cols = rows[0].Length;
        var columns = Enumerable.Range(0, cols + 1).Select(i => i * 50.0).ToList();
        var rowEdges = Enumerable.Range(0, rows.Length + 1).Select(i => i * 20.0).ToList();
        var cells = rows.SelectMany((row, r) => row.Select((t, c) => new TableCell(r, c, 1, 1, t, [], new Box(c * 50.0, r * 20.0, (c + 1) * 50.0, (r + 1) * 20.0)))).ToList();
        return new TableGrid(1, new Box(0, 0, cols * 50.0, rows.Length * 20.0), columns, rowEdges, cells, TableMethod.Lattice);
    }

    private static readonly string[] Data = ["[১] ভূমি ব্যবস্থাপনা", "২৪", "[১.১] অফিস পরিদর্শন", "[১.১.১] পরিদর্শনের সংখ্যা", "সমষ্টি", "সংখ্যা", "৪", "৬", "৬"];

    [Fact]
    public void Map_AreaWeightHeaderLostItsLastWord_PlacedAfterTheAreaAndReported()
    {
        // scan300 c01 page 5: "কর্মসম্পাদনের ক্ষেত্রের মান" read as "কর্মস ম্পাদ নের ক্ষেত্রে a"
        var grid = Grid(
            ["কর্মসম্পাদনের ক্ষেত্র", "কর্মস ম্পাদ নের ক্ষেত্রে a", "কার্যক্রম", "কর্মসম্পাদন সূচক", "গণনা পদ্ধতি", "একক", "কর্মসম্পাদন সূচকের মান", "প্রকৃত অর্জন ২০২১-২২", "প্রকৃত অর্জন ২০২২-২৩"],
            Data);

        var header = HeaderMapper.Map(grid);

        Assert.Equal(ColumnRole.AreaWeight, header.Columns[1].Role);
        Assert.Contains(header.Problems, p => p.Contains("area weight", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_ReadableAreaWeightHeader_PlacedByItsWords()
    {
        var grid = Grid(
            ["কর্মসম্পাদনের ক্ষেত্র", "ক্ষেত্রের মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "গণনা পদ্ধতি", "একক", "কর্মসম্পাদন সূচকের মান", "প্রকৃত অর্জন ২০২১-২২", "প্রকৃত অর্জন ২০২২-২৩"],
            Data);

        var header = HeaderMapper.Map(grid);

        Assert.Equal(ColumnRole.AreaWeight, header.Columns[1].Role);
        Assert.DoesNotContain(header.Problems, p => p.Contains("area weight", StringComparison.Ordinal));
    }
}
