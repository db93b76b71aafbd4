using ApaIngest.Core.Pages;
using ApaIngest.Extraction.Tables;

namespace ApaIngest.Extraction.Tests.Tables;

public sealed class RowKindsTests
{
    private static TableGrid OneRow(params string[] texts)
    {
        var columns = Enumerable.Range(0, texts.Length + 1).Select(i => i * 40.0).ToList();
        var cells = texts.Select((t, c) => new TableCell(0, c, 1, 1, t, [], new Box(c * 40.0, 0, (c + 1) * 40.0, 20))).ToList();
        return new TableGrid(1, new Box(0, 0, texts.Length * 40.0, 20), columns, [0.0, 20.0], cells, TableMethod.Lattice);
    }

    [Fact]
    public void ColumnNumbers_CleanNumberRow_MapsEachColumn()
    {
        var numbers = RowKinds.ColumnNumbers(OneRow("১", "২", "৩", "৪", "৫", "৬"), 0);

        Assert.NotNull(numbers);
        Assert.Equal(6, numbers[5]);
    }

    [Fact]
    public void ColumnNumbers_NumberRowWithOcrMisreads_IsStillTheNumberRow()
    {
        // as OCR gave it on a corpus scan: the area cell lost, ৫ read as "&", ৬ as "v"
        var grid = OneRow("", "২", "৩", "৪", "&", "v", "৭", "৮", "৯", "১০", "১১", "১২", "১৩", "১৪", "১৫", "১৬");

        Assert.True(RowKinds.IsDamagedColumnNumbers(grid, 0));
        Assert.True(RowKinds.IsHeaderLike(grid, 0));
        Assert.Equal(5, RowKinds.ColumnNumbers(grid, 0)![4]);
    }

    [Fact]
    public void ColumnNumbers_IndicatorRow_IsNotANumberRow()
    {
        var grid = OneRow("", "", "[১.১.১] অফিস পরিদর্শন", "সমষ্টি", "সংখ্যা", "৪", "৬", "৬", "৭", "৬", "৬", "৫", "৪", "৭", "৮");

        Assert.Null(RowKinds.ColumnNumbers(grid, 0));
        Assert.False(RowKinds.IsHeaderLike(grid, 0));
    }

    [Fact]
    public void ColumnNumbers_ShortValueRowWithoutName_IsNotANumberRow()
    {
        // a continuation row of values only: targets fall from excellent to poor, so few cells hold their column's number
        var grid = OneRow("", "", "", "", "", "৪", "৬", "৬", "৭", "৬", "৬", "৫", "৪", "৭", "৮");

        Assert.Null(RowKinds.ColumnNumbers(grid, 0));
    }

    [Fact]
    public void ColumnNumbers_HalfTheNumbersMisread_IsStillTheNumberRow()
    {
        // a 200 dpi scan: ৩ read as "ত", ৫ as "¢", ৭ as "q", ১৩ as "৬৩", ১৫ as "৯৫"
        var grid = OneRow("", "", "ত", "", "¢", "৬", "q", "৮", "৯", "১০", "১১", "১২", "৬৩", "১৪", "৯৫");

        Assert.True(RowKinds.IsDamagedColumnNumbers(grid, 0));
    }

    [Fact]
    public void ColumnNumbers_RisingNumbersOnAGridThatLostColumns_IsTheNumberRow()
    {
        var grid = OneRow("৩", "৪", "৫", "", "7", "১১", "১২", "১৩.", "চে");

        Assert.True(RowKinds.IsDamagedColumnNumbers(grid, 0));
    }
}
