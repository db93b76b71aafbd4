namespace ApaIngest.Core.Pages;

/// <summary>
/// An axis-aligned box in PDF points with the origin at the page's TOP-left corner and y growing downwards
/// (the reading direction), whatever the source: text layer or OCR.
/// </summary>
public readonly record struct Box(double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;
    public double Height => Y1 - Y0;
    public double CenterX => (X0 + X1) / 2;
    public double CenterY => (Y0 + Y1) / 2;

    public Box Union(Box other) =>
        new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));

    public bool Contains(double x, double y) => x >= X0 && x <= X1 && y >= Y0 && y <= Y1;

    public double OverlapX(Box other) => Math.Max(0, Math.Min(X1, other.X1) - Math.Max(X0, other.X0));
    public double OverlapY(Box other) => Math.Max(0, Math.Min(Y1, other.Y1) - Math.Max(Y0, other.Y0));

    public IReadOnlyList<double> ToArray() => [Math.Round(X0, 1), Math.Round(Y0, 1), Math.Round(X1, 1), Math.Round(Y1, 1)];
}
