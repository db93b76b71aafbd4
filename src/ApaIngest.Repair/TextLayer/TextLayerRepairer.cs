using ApaIngest.Core.Pages;
using ApaIngest.Core.Pipeline;
using ApaIngest.Core.Text;
using ApaIngest.Repair.Legacy;

namespace ApaIngest.Repair.TextLayer;

/// <summary>
/// Makes text-layer words right where that is safe, keeping <see cref="Word.RawText"/>:
/// Legacy pages: words in a Bijoy font (or Bijoy-looking ASCII in an unknown font) → <see cref="BijoyConverter"/>;
/// Text pages: visual → logical order of vowel signs (the whole page when its layer is in visual order, else only the signs
/// that logical order cannot explain), then NFC with one form of য় ড় ঢ়;
/// Broken and Image pages: unchanged (they go to OCR; without OCR their words are the best text there is).
/// </summary>
public sealed class TextLayerRepairer : IWordRepairer
{
    public PageContent Repair(PageContent page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Kind switch
        {
            PageKind.Legacy => page with { Words = page.Words.Select(RepairLegacyWord).ToList() },
            PageKind.Text => RepairTextPage(page),
            _ => page,
        };
    }

    private static Word RepairLegacyWord(Word word)
    {
        if (word.Origin == WordOrigin.Ocr || !IsLegacyWord(word))
        {
            return word;
        }

        return word with { Text = BijoyConverter.ToUnicode(word.RawText), Origin = WordOrigin.LegacyTextLayer };
    }

    private static bool IsLegacyWord(Word word)
    {
        if (word.RawText.Any(BanglaText.IsBangla))
        {
            return false;
        }

        if (LegacyFonts.IsLegacy(word.FontName))
        {
            return true;
        }

        // A Latin font (Times New Roman, Arial) on a legacy page is English or ASCII digits: keep it.
        return !LegacyFonts.IsKnownLatin(word.FontName) && BijoyDetector.LooksBijoy(word.RawText);
    }

    private static PageContent RepairTextPage(PageContent page)
    {
        var visualLayer = VisualOrder.IsVisualOrderLayer(page.Words.Where(w => w.Origin != WordOrigin.Ocr).Select(w => w.RawText));
        var words = page.Words.Select(w => w.Origin == WordOrigin.Ocr ? w : RepairTextWord(w, visualLayer)).ToList();
        return page with { Words = words };
    }

    private static Word RepairTextWord(Word word, bool visualLayer)
    {
        var text = word.Text;
        if (!text.Any(BanglaText.IsBangla))
        {
            return word;
        }

        if (visualLayer || VisualOrder.HasVisualOrderSign(text))
        {
            text = VisualOrder.ToLogical(text);
        }

        text = BanglaText.Normalize(text);
        return text == word.Text ? word : word with { Text = text };
    }
}
