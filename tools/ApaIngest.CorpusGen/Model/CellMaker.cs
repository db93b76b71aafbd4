using ApaIngest.Core.Documents;

namespace ApaIngest.CorpusGen.Model;

/// <summary>Makes a cell's printed text and its value in the unit's base from one true quantity.</summary>
public sealed class CellMaker(AgreementStyle style, string unitRaw)
{
    public const string Dash = "-";

    public (CellValue Value, string Raw) Quantity(double q)
    {
        switch (unitRaw)
        {
            case "জন (লক্ষ)":
                {
                    var persons = Math.Round(q);
                    return (CellValue.Of(persons), BanglaFormat.Fixed(persons / 100_000, 5));
                }
            case "কোটি টাকা":
                {
                    var taka = Math.Round(q / 100_000) * 100_000;
                    return (CellValue.Of(taka), BanglaFormat.Fixed(taka / 10_000_000, 2));
                }
            case "টাকা":
                {
                    var taka = Math.Round(q / 1000) * 1000;
                    return (CellValue.Of(taka), BanglaFormat.Int((long)taka, grouped: true));
                }
            case "%":
                {
                    var p = Math.Round(q);
                    return (CellValue.Of(p), BanglaFormat.Int((long)p) + (style.PercentSuffix ? "%" : ""));
                }
            default:
                {
                    var n = Math.Round(q);
                    return (CellValue.Of(n), BanglaFormat.Int((long)n, grouped: style.GroupDigits && n >= 1000));
                }
        }
    }

    public (CellValue Value, string Raw) Date(DateOnly d) => (CellValue.Of(BanglaFormat.Iso(d)), BanglaFormat.Date(d, style.DateFormat));

    public static (CellValue Value, string Raw) DashCell => (CellValue.Null, Dash);

    public static (CellValue Value, string Raw) Empty => (CellValue.Null, "");
}
