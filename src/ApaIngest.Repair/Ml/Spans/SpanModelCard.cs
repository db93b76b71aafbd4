using System.Globalization;
using System.Text;

namespace ApaIngest.Repair.Ml.Spans;

/// <summary>Writes models/spans/MODEL_CARD.md: data, classes, features, held-out accuracy of the span classifier.</summary>
public static class SpanModelCard
{
    public static string Render(IReadOnlyList<LabeledSpan> spans, SpanTraining.Summary summary)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(summary);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# Span classifier (models/spans/model.zip)\n\n");
        sb.Append("Made by `apa train spans` (`scripts/apa train spans`); do not edit by hand. Deterministic: data built from the\n");
        sb.Append(inv, $"repository in a fixed order, numbers drawn with `System.Random({SpanCorpus.Seed})`, MLContext seed {SpanCorpus.Seed}, one trainer thread, zip entries\n");
        sb.Append("stamped with a fixed time: retraining gives a byte-identical model.zip.\n\n");
        sb.Append("## What it does\nClassifies one text-layer span (a word as `LetterGrouper` cuts it, punctuation included) as `LegacyBangla`\n");
        sb.Append("(SutonnyMJ/Bijoy bytes standing for Bangla), `English`, `UnicodeBangla` or `Number`. `PageClassifier` counts the characters of\n");
        sb.Append("spans without Bangla code points that it calls `LegacyBangla`: a page whose font names say nothing (renamed or\n");
        sb.Append("unknown font) is Legacy when that share reaches `PdfReadOptions.LegacyShare`. The font name is deliberately not a\n");
        sb.Append("feature: the font rule already decides for known Bijoy families, the classifier is the vote that does not trust names.\n\n");
        sb.Append("## Features\nCharacter 1-3-grams of the text (ML.NET `FeaturizeText`, case kept, at most 30000 n-grams, L2-normalised) and\n");
        sb.Append(string.Join(", ", SpanExample.NumericFeatureNames.Select(f => $"`{f}`"))).Append(".\n");
        sb.Append("Trainer: `LbfgsMaximumEntropy` (multiclass, L1 0.05, L2 0.05, 200 iterations).\n\n");
        sb.Append("## Data\n\n| source | class | spans | held out |\n|---|---|---:|---:|\n");
        foreach (var g in spans.GroupBy(s => (Source: s.Source.StartsWith("pdf:", StringComparison.Ordinal) ? "pdf:" + s.Source.Split(':')[1] : s.Source, s.Kind))
                     .OrderBy(g => g.Key.Source, StringComparer.Ordinal).ThenBy(g => g.Key.Kind))
        {
            sb.Append(inv, $"| {g.Key.Source} | {g.Key.Kind} | {g.Count()} | {g.Count(s => s.HeldOut)} |\n");
        }

        sb.Append("\nSources: `bangla-word` = distinct Bangla tokens of corpus/gold/*.txt, data/seeds/*.txt, lexicon/apa-domain.tsv and every\n");
        sb.Append("4th word of data/lexicon/ben.wordlist (every k-th of the ordinal list, at most 14000); `bijoy-encoded` = the same words through `BijoyEncoder`;\n");
        sb.Append("`bijoy-pairs` = words of the Bijoy column of data/bijoy/pairs.tsv; `english-word` = English words of corpus/gold/*.json and\n");
        sb.Append("docs/**/*.md outside code, in up to five case/punctuation forms; `number`/`number-ascii` = drawn numbers, dates,\n");
        sb.Append("percentages, codes like [১.১.১] (Bangla digits also written in ASCII, as Bijoy types them); `pdf:*` = words of the\n");
        sb.Append("corpus PDFs' text layers, labelled by font and code points (legacy font → LegacyBangla, Bangla code points → UnicodeBangla,\n");
        sb.Append("digits only → Number, other letters → English), distinct per file; the files of c06 are held out (many of their words also\n");
        sb.Append("occur in the other agreements, so the real-span table is an easy test).\n");
        sb.Append("Held out: a span whose source word (the Unicode form for both encodings of a Bangla word) has FNV-1a hash ≡ 0 mod 5,\n");
        sb.Append("so a word and its Bijoy form are never split between training and evaluation.\n\n");
        sb.Append(inv, $"Training: {summary.TrainSpans} spans, {summary.Seconds:0.0} s (build + fit + save); model file {summary.ModelBytes / 1024.0:0} KiB.\n\n");
        sb.Append("## Held-out accuracy (the saved model)\n\n");
        Table(sb, summary.HeldOut);
        if (summary.RealHeldOut is not null)
        {
            sb.Append("\n### Held-out real PDF spans only\n\n");
            Table(sb, summary.RealHeldOut);
        }

        sb.Append("\n## Limits\nShort Bijoy words that are also English letter strings (`I` = ও, `Ges` = এবং, `bq` = নয়) and English acronyms are\n");
        sb.Append("the residual confusion; the page decision uses character shares over the page, not single spans. English comes from the\n");
        sb.Append("project's own docs (a small, technical vocabulary).\n");
        return sb.ToString();
    }

    private static void Table(StringBuilder sb, SpanEvaluation e)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.Append("| true \\ predicted | ").Append(string.Join(" | ", SpanEvaluation.Kinds)).Append(" | accuracy |\n|---|");
        sb.Append(string.Concat(SpanEvaluation.Kinds.Select(_ => "---:|"))).Append("---:|\n");
        foreach (var t in SpanEvaluation.Kinds)
        {
            sb.Append(inv, $"| {t} | ").Append(string.Join(" | ", SpanEvaluation.Kinds.Select(p => e.Count(t, p).ToString(inv))));
            sb.Append(inv, $" | {e.Accuracy(t):P2} |\n");
        }

        sb.Append(inv, $"| all | | | | | {e.OverallAccuracy:P2} |\n");
    }
}
