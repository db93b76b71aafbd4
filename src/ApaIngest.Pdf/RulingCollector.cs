using ApaIngest.Core.Pages;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ApaIngest.Pdf;

/// <summary>
/// Horizontal and vertical segments drawn on the page (table grids): stroked lines, the edges of stroked or filled
/// rectangles, and thin filled rectangles (Word draws cell borders that way) as one line along their middle.
/// </summary>
internal static class RulingCollector
{
    public static List<Ruling> Collect(Page page, PageFrame frame, PdfReadOptions options)
    {
        var rulings = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                var bounds = subpath.GetBoundingRectangle();
                if (bounds is null)
                {
                    continue;
                }

                var box = frame.ToBox(bounds.Value);
                if (subpath.IsDrawnAsRectangle || (path.IsFilled && !path.IsStroked && IsAxisAligned(subpath)))
                {
                    AddRectangle(box, options, rulings);
                }
                else if (path.IsStroked)
                {
                    AddSegments(subpath, frame, options, rulings);
                }
            }
        }

        return rulings;
    }

    private static void AddRectangle(Box box, PdfReadOptions options, List<Ruling> rulings)
    {
        if (box.Width < options.MinRulingLength && box.Height < options.MinRulingLength)
        {
            return;
        }

        if (box.Height <= options.MaxRuleThickness)
        {
            Add(new Ruling(box.X0, box.CenterY, box.X1, box.CenterY), options, rulings);
        }
        else if (box.Width <= options.MaxRuleThickness)
        {
            Add(new Ruling(box.CenterX, box.Y0, box.CenterX, box.Y1), options, rulings);
        }
        else
        {
            Add(new Ruling(box.X0, box.Y0, box.X1, box.Y0), options, rulings);
            Add(new Ruling(box.X0, box.Y1, box.X1, box.Y1), options, rulings);
            Add(new Ruling(box.X0, box.Y0, box.X0, box.Y1), options, rulings);
            Add(new Ruling(box.X1, box.Y0, box.X1, box.Y1), options, rulings);
        }
    }

    private static void AddSegments(PdfSubpath subpath, PageFrame frame, PdfReadOptions options, List<Ruling> rulings)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddLine(line.From, line.To);
                    current = line.To;
                    break;
                case PdfSubpath.Close when current is not null && start is not null:
                    AddLine(current.Value, start.Value);
                    current = start;
                    break;
                case PdfSubpath.CubicBezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }

        void AddLine(PdfPoint a, PdfPoint b)
        {
            var (x0, y0) = frame.ToPoint(a);
            var (x1, y1) = frame.ToPoint(b);
            var ruling = new Ruling(Math.Min(x0, x1), Math.Min(y0, y1), Math.Max(x0, x1), Math.Max(y0, y1));
            if (ruling.IsHorizontal || ruling.IsVertical)
            {
                Add(ruling, options, rulings);
            }
        }
    }

    private static bool IsAxisAligned(PdfSubpath subpath) =>
        subpath.Commands.OfType<PdfSubpath.Line>().All(l => Math.Abs(l.From.X - l.To.X) < 0.5 || Math.Abs(l.From.Y - l.To.Y) < 0.5)
        && !subpath.Commands.OfType<PdfSubpath.CubicBezierCurve>().Any();

    private static void Add(Ruling ruling, PdfReadOptions options, List<Ruling> rulings)
    {
        if (ruling.Length >= options.MinRulingLength)
        {
            rulings.Add(ruling);
        }
    }
}
