using System.Globalization;
using ApaIngest.Core.Pages;

namespace ApaIngest.Repair.Ml;

/// <summary>One OCR token of a rendered page with the true token it aligns to (empty when it aligns to nothing).</summary>
public sealed record OcrPair(string Page, bool HeldOut, int Index, string Ocr, string Truth, double Confidence, Box Box)
{
    public const string Header = "page\tsplit\tindex\tocr\ttruth\tconf\tx0\ty0\tx1\ty1";

    public string ToTsv() => string.Join('\t',
        Page, HeldOut ? "test" : "train", Index.ToString(CultureInfo.InvariantCulture), Ocr, Truth,
        Confidence.ToString("0.###", CultureInfo.InvariantCulture),
        F(Box.X0), F(Box.Y0), F(Box.X1), F(Box.Y1));

    public static OcrPair Parse(string line)
    {
        var p = line.Split('\t');
        return new OcrPair(p[0], p[1] == "test", int.Parse(p[2], CultureInfo.InvariantCulture), p[3], p[4],
            double.Parse(p[5], CultureInfo.InvariantCulture),
            new Box(D(p[6]), D(p[7]), D(p[8]), D(p[9])));
    }

    public static IReadOnlyList<OcrPair> ReadAll(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse)];

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
