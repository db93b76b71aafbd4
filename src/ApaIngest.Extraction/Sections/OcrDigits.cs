using ApaIngest.Core.Text;

namespace ApaIngest.Extraction.Sections;

/// <summary>
/// Value cells as Tesseract misreads Bangla digits with its Latin model, put back before parsing (the raw text is kept):
/// in a cell that also holds Bangla digits a Latin 8 is ৪ (the two glyphs are near twins; "8৫" for ৪৫); a cell that is
/// only "q" is ৭ and only "ঙ" is ৬ (look-alike shapes). Measured on the corpus scans (docs/accuracy.md); ambiguous
/// misreads ("v" for ৬ or ৮) are left for validation to report.
/// </summary>
public static class OcrDigits
{
    public static string Fix(string raw)
    {
        var text = raw.Trim();
        switch (text)
        {
            case "q":
                return "৭";
            case "ঙ":
                return "৬";
        }

        var hasBangla = text.Any(BanglaText.IsBanglaDigit);
        if (hasBangla && text.Contains('8', StringComparison.Ordinal) && text.All(c => BanglaText.IsBanglaDigit(c) || c is '8' or '.' or ',' or '%'))
        {
            return text.Replace('8', '৪');
        }

        return raw;
    }
}
