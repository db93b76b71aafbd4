using ApaIngest.Core.Pages;
using UglyToad.PdfPig.Core;

namespace ApaIngest.Pdf;

/// <summary>Converts PDF user space (origin bottom-left, y up) to Core's frame (origin at the crop box's top-left, y down).</summary>
internal readonly record struct PageFrame(double Left, double Top)
{
    public static PageFrame Of(PdfRectangle cropBox) => new(cropBox.Left, cropBox.Top);

    public Box ToBox(PdfRectangle r)
    {
        var x0 = Math.Min(r.Left, r.Right) - Left;
        var x1 = Math.Max(r.Left, r.Right) - Left;
        var y0 = Top - Math.Max(r.Top, r.Bottom);
        var y1 = Top - Math.Min(r.Top, r.Bottom);
        return new Box(x0, y0, x1, y1);
    }

    public (double X, double Y) ToPoint(PdfPoint p) => (p.X - Left, Top - p.Y);
}
