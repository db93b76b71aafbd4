using System.Globalization;
using ApaIngest.Core.Pages;
using ApaIngest.Repair.Legacy;
using ApaIngest.Repair.Ml.Spans;
using ApaIngest.Repair.TextLayer;

namespace ApaIngest.Pdf;

/// <summary>Decides a page's <see cref="PageKind"/> from its words, fonts and images, with the reason for reports.</summary>
internal static class PageClassifier
{
    public static (PageKind Kind, string Reason) Classify(
        IReadOnlyList<Word> words, IReadOnlyList<PageImage> images, double pageWidth, double pageHeight, PdfReadOptions options)
    {
        var characters = words.Sum(w => w.RawText.Count(c => !char.IsWhiteSpace(c)));
        var pageArea = Math.Max(1, pageWidth * pageHeight);
        var largestImage = images.Count == 0 ? 0 : images.Max(i => Clip(i.Placement, pageWidth, pageHeight) / pageArea);
        if (characters < options.MinTextCharacters)
        {
            return largestImage >= options.PageImageCoverage || images.Count > 0
                ? (PageKind.Image, Invariant($"no text layer ({characters} characters), image covering {largestImage:P0}"))
                : (PageKind.Image, Invariant($"no text layer ({characters} characters), no image"));
        }

        var legacyFontCharacters = words.Where(w => LegacyFonts.IsLegacy(w.FontName)).Sum(w => w.RawText.Length);
        var totalCharacters = Math.Max(1, words.Sum(w => w.RawText.Length));
        if ((double)legacyFontCharacters / totalCharacters >= options.LegacyShare)
        {
            var font = words.Where(w => LegacyFonts.IsLegacy(w.FontName)).GroupBy(w => LegacyFonts.Family(w.FontName))
                .OrderByDescending(g => g.Count()).First().Key;
            return (PageKind.Legacy, Invariant($"font {font} ({(double)legacyFontCharacters / totalCharacters:P0} of characters)"));
        }

        var (bijoy, _) = BijoyDetector.Count(words.Select(w => w.RawText));
        var bijoyShare = (double)bijoy / totalCharacters;
        if (options.SpanClassifier is { } spans)
        {
            // The trained span classifier's vote, independent of font names: characters of spans it calls LegacyBangla.
            var spanShare = (double)LegacySpanCharacters(words, spans) / totalCharacters;
            if (spanShare >= options.LegacyShare)
            {
                return (PageKind.Legacy, Invariant($"span classifier: legacy Bangla spans {spanShare:P0} of characters (Bijoy-looking ASCII {bijoyShare:P0})"));
            }
        }

        if (bijoyShare >= options.LegacyShare)
        {
            return (PageKind.Legacy, Invariant($"Bijoy-looking ASCII ({bijoyShare:P0} of characters)"));
        }

        // A layer in visual order is repairable: judge the damage that remains once the vowel signs are moved back.
        var raw = words.Select(w => w.RawText).ToList();
        var visual = VisualOrder.IsVisualOrderLayer(raw);
        var damage = TextLayerDamage.Measure(visual ? raw.Select(VisualOrder.ToLogical) : raw);
        var reason = Invariant(
            $"{(visual ? "visual-order layer, " : "")}damage {damage.Score:F3} ({damage.DamagedWords} impossible + {damage.VisualOrderWords} visual-order of {damage.BanglaWords} Bangla words, {damage.UnmappedCharacters} unmapped characters)");
        if (damage.BanglaWords > 0 && damage.Score >= options.BrokenScore)
        {
            return (PageKind.Broken, reason);
        }

        if ((double)damage.UnmappedCharacters / totalCharacters >= 0.02)
        {
            return (PageKind.Broken, reason);
        }

        return (PageKind.Text, reason);
    }

    /// <summary>Characters of the words the classifier calls LegacyBangla; words with Bangla code points or without letters are not asked.</summary>
    private static int LegacySpanCharacters(IReadOnlyList<Word> words, SpanClassifier spans)
    {
        var characters = 0;
        foreach (var word in words)
        {
            var text = word.RawText;
            if (text.Any(c => c is >= '\u0980' and <= '\u09FF') || !text.Any(c => char.IsLetter(c) || c > '\u007F'))
            {
                continue;
            }

            if (spans.Classify(text) == SpanKind.LegacyBangla)
            {
                characters += text.Length;
            }
        }

        return characters;
    }

    private static double Clip(Box b, double width, double height)
    {
        var w = Math.Max(0, Math.Min(b.X1, width) - Math.Max(b.X0, 0));
        var h = Math.Max(0, Math.Min(b.Y1, height) - Math.Max(b.Y0, 0));
        return w * h;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
