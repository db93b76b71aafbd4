namespace ApaIngest.Ocr.Imaging;

/// <summary>A rectangle in image pixels, origin top-left.</summary>
public readonly record struct PixelRect(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;
    public int Bottom => Y + Height;
    public double CenterX => X + (Width / 2.0);
    public double CenterY => Y + (Height / 2.0);
    public int Area => Width * Height;

    public static PixelRect FromEdges(int left, int top, int right, int bottom) => new(left, top, right - left, bottom - top);

    public bool Contains(double x, double y) => x >= X && x < Right && y >= Y && y < Bottom;

    public int OverlapWidth(PixelRect other) => Math.Max(0, Math.Min(Right, other.Right) - Math.Max(X, other.X));

    public int OverlapHeight(PixelRect other) => Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y));

    public PixelRect Inflate(int by) => FromEdges(X - by, Y - by, Right + by, Bottom + by);

    public PixelRect ClipTo(int width, int height) =>
        FromEdges(Math.Clamp(X, 0, width), Math.Clamp(Y, 0, height), Math.Clamp(Right, 0, width), Math.Clamp(Bottom, 0, height));
}
