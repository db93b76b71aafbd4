using ApaIngest.Core.Text;
using ApaIngest.Repair.Ml.Spans;
using ApaIngest.Repair.TextLayer;

namespace ApaIngest.Pdf;

/// <summary>
/// Real text-layer spans for the span classifier: the distinct words of corpus/*.digital.pdf and *.legacy.pdf as
/// <see cref="PdfDocumentReader"/> cuts them, labelled by font and code points (a legacy font's letters → LegacyBangla,
/// Bangla code points → UnicodeBangla, digits only → Number, other Latin letters → English). Agreements whose name starts
/// with <paramref name="heldOutPrefix"/> are held out.
/// </summary>
public static class CorpusSpans
{
    public static IReadOnlyList<LabeledSpan> Read(string root, string heldOutPrefix, CancellationToken cancellationToken)
    {
        var spans = new List<LabeledSpan>();
        var corpus = Path.Combine(root, "corpus");
        if (!Directory.Exists(corpus))
        {
            return spans;
        }

        // The labels come from fonts, so the reader must not need the classifier being trained.
        var reader = new PdfDocumentReader(new PdfReadOptions { IncludeImageBytes = false, SpanClassifier = null });
        var files = Directory.GetFiles(corpus, "*.digital.pdf").Concat(Directory.GetFiles(corpus, "*.legacy.pdf")).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var variant = name.Contains(".legacy.", StringComparison.Ordinal) ? "legacy" : "digital";
            var held = name.StartsWith(heldOutPrefix, StringComparison.Ordinal);
            var seen = new HashSet<(string, SpanKind)>();
            foreach (var page in reader.Read(file, cancellationToken).Pages)
            {
                foreach (var word in page.Words)
                {
                    if (Label(word.RawText, word.FontName) is { } kind && seen.Add((word.RawText, kind)))
                    {
                        spans.Add(new LabeledSpan(word.RawText, kind, $"pdf:{variant}:{name}", held));
                    }
                }
            }
        }

        return spans;
    }

    /// <summary>The class a corpus span has by construction, or null for spans without letters or digits.</summary>
    public static SpanKind? Label(string text, string? fontName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = text.Any(c => char.IsLetter(c) && !BanglaText.IsBangla(c));
        var bangla = text.Any(c => BanglaText.IsBangla(c) && !BanglaText.IsBanglaDigit(c));
        var digits = text.Any(c => char.IsAsciiDigit(c) || BanglaText.IsBanglaDigit(c));
        if (bangla)
        {
            return SpanKind.UnicodeBangla;
        }

        if (LegacyFonts.IsLegacy(fontName) && (letters || text.Any(c => c > '\u007F' && !char.IsWhiteSpace(c))))
        {
            return SpanKind.LegacyBangla;
        }

        return letters ? SpanKind.English : digits ? SpanKind.Number : null;
    }
}
