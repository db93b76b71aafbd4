using ApaIngest.Ocr.Imaging;

namespace ApaIngest.Ocr.Tables;

/// <summary>A ruling found on the image: its pixel box (thickness included).</summary>
public readonly record struct PixelRuling(PixelRect Box, bool IsHorizontal)
{
    public double Length => IsHorizontal ? Box.Width : Box.Height;
}

/// <summary>
/// The ruling lines of a page image and the cells they enclose. A merged cell is one region (the rule that would split
/// it is absent), so it comes out as one cell.
/// </summary>
public sealed class TableGrid(IReadOnlyList<PixelRuling> rulings, IReadOnlyList<PixelRect> cells, Pix lineMask) : IDisposable
{
    public IReadOnlyList<PixelRuling> Rulings { get; } = rulings;
    public IReadOnlyList<PixelRect> Cells { get; } = cells;
    /// <summary>1 bpp mask of the ruling pixels (slightly dilated), for removing the lines before recognition.</summary>
    public Pix LineMask { get; } = lineMask;

    public void Dispose() => LineMask.Dispose();
}
