using ApaIngest.Ocr.Engine;
using ApaIngest.Ocr.Imaging;

namespace ApaIngest.Ocr.Recognition;

/// <summary>
/// Second pass over table cells. Whole-page recognition reads a table row as one text line, so words of neighbouring
/// cells can merge across a (removed) rule, small values next to rules get lost, and digits get misread; a cell read
/// alone with a single-line/block mode (and, for numeric cells, a digit whitelist) does not have these failures.
/// </summary>
internal sealed class CellRereader(TesseractEngine engine, Pix image, Pix binary, int dpi, OcrOptions options)
{
    /// <summary>Confidence under which a numeric value is re-read with the digit whitelist.</summary>
    private const double NumericRetryConfidence = 0.92;

    private bool banglaDigits;

    public int Apply(List<OcrWord> words, IReadOnlyList<PixelRect> cells, CancellationToken cancellationToken)
    {
        var reread = 0;
        banglaDigits = NumericText.PrefersBanglaDigits(words.Select(w => w.Text));
        var maxCellHeight = dpi * 2;
        var minInk = Math.Max(12, dpi * dpi / 3000);
        foreach (var cell in cells)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (cell.Height > maxCellHeight)
            {
                // Taller than ~8 lines: a text box rather than a table cell; whole-page recognition reads it as well.
                continue;
            }

            var inside = words.Where(w => cell.Contains(w.Box.CenterX, w.Box.CenterY)).ToList();
            var crossing = words.Where(w => Crosses(w.Box, cell)).ToList();
            var text = string.Join(" ", inside.Select(w => w.Text));
            var hasInk = inside.Count == 0 && binary.CountInk(Interior(cell)) >= minInk;
            if (!NeedsReread(inside, crossing, text, hasInk))
            {
                continue;
            }

            var replacement = Reread(cell, text);
            if (replacement.Count == 0 || LostText(inside, crossing, replacement))
            {
                continue;
            }

            reread++;
            words.RemoveAll(w => inside.Contains(w) || crossing.Contains(w));
            words.AddRange(replacement);
        }

        return reread;
    }

    /// <summary>A re-read that returns much less text than the page pass had inside the cell dropped lines: keep the page's.</summary>
    private static bool LostText(List<OcrWord> inside, List<OcrWord> crossing, List<OcrWord> replacement)
    {
        if (crossing.Count > 0)
        {
            return false;
        }

        var before = inside.Sum(w => w.Text.Length);
        var after = replacement.Sum(w => w.Text.Length);
        return after < before * 0.7;
    }

    private bool NeedsReread(List<OcrWord> inside, List<OcrWord> crossing, string text, bool hasInk)
    {
        if (hasInk || crossing.Count > 0)
        {
            return true;
        }

        if (inside.Count == 0)
        {
            return false;
        }

        if (inside.Average(w => w.Confidence) < options.CellRetryConfidence)
        {
            return true;
        }

        return NumericText.MaybeMisreadNumber(text, banglaDigits) ||
            (NumericText.LooksNumeric(text) && (NumericText.HasMixedDigits(text) || inside.Any(w => w.Confidence < NumericRetryConfidence)));
    }

    private List<OcrWord> Reread(PixelRect cell, string wholePageText)
    {
        var area = Interior(cell);
        if (area.Width < 4 || area.Height < 4)
        {
            return [];
        }

        // A block read handles one line as well as several (with textord_noise_rejrows off, see TesseractEngine).
        var general = engine.Recognize(image, dpi, PageSegMode.SingleBlock, area).ToList();
        var generalText = string.Join(" ", general.Select(w => w.Text));
        var numericHint = NumericText.LooksNumeric(generalText) || NumericText.LooksNumeric(wholePageText) ||
            NumericText.MaybeMisreadNumber(generalText, banglaDigits) || NumericText.MaybeMisreadNumber(wholePageText, banglaDigits);
        if (!numericHint || ReadingOrder.Lines(general).Count > 1)
        {
            return general;
        }

        var numeric = engine.Recognize(image, dpi, PageSegMode.SingleLine, area, banglaDigits ? NumericText.BanglaWhitelist : NumericText.WhitelistFor(generalText + wholePageText)).ToList();
        return PreferNumeric(generalText, MeanConfidence(general), numeric) ? numeric : general;
    }

    /// <summary>
    /// Confidences of a free and a whitelisted reading are not comparable (the free reading of `৮০` as `bo` scores
    /// higher), so the whitelisted reading wins unless the free one is a clean, confident number of its own.
    /// </summary>
    private bool PreferNumeric(string generalText, double generalConfidence, List<OcrWord> numeric)
    {
        if (numeric.Count == 0 || MeanConfidence(numeric) < 0.6)
        {
            return false;
        }

        if (NumericText.LooksNumeric(generalText) && !NumericText.HasMixedDigits(generalText) && generalConfidence >= NumericRetryConfidence)
        {
            return MeanConfidence(numeric) > generalConfidence;
        }

        var numericText = string.Concat(numeric.Select(w => w.Text));
        return !NumericText.MaybeMisreadNumber(generalText, banglaDigitsExpected: true) || Math.Abs(numericText.Length - generalText.Replace(" ", string.Empty).Length) <= 1;
    }

    private static double MeanConfidence(List<OcrWord> words) => words.Count == 0 ? 0 : words.Average(w => w.Confidence);

    /// <summary>A word that has a real part inside the cell and a real part outside it straddles a rule.</summary>
    private static bool Crosses(PixelRect word, PixelRect cell)
    {
        var overlapW = word.OverlapWidth(cell);
        var overlapH = word.OverlapHeight(cell);
        if (overlapW == 0 || overlapH < word.Height / 2)
        {
            return false;
        }

        var outside = word.Width - overlapW;
        return overlapW >= Math.Max(6, word.Width / 5) && outside >= Math.Max(6, word.Width / 5);
    }

    private PixelRect Interior(PixelRect cell) => cell.Inflate(-1).ClipTo(image.Width, image.Height);
}
