using System.Globalization;
using System.Text;

namespace ApaIngest.Repair.Ml;

/// <summary>Writes models/repair/MODEL_CARD.md: data, features, metrics of the trained repair classifier.</summary>
public static class ModelCard
{
    public static string Render(
        IReadOnlyList<OcrPair> pairs, RepairTrainer.Result result, RepairEvaluation none, RepairEvaluation rule, RepairEvaluation model, int lexiconWords)
    {
        var inv = CultureInfo.InvariantCulture;
        var pages = pairs.Select(p => p.Page).Distinct().Count();
        var testPages = pairs.Where(p => p.HeldOut).Select(p => p.Page).Distinct().Count();
        var sb = new StringBuilder();
        sb.Append("# Repair classifier (models/repair/model.zip)\n\n");
        sb.Append("Made by `scripts/apa train repair`; do not edit by hand.\n\n");
        sb.Append("## What it does\nFor an OCR token that is not a lexicon word and each of its candidates (symmetric-delete lookup over grapheme clusters, ranked by\n");
        sb.Append("OCR-confusion cost), ML.NET FastTree (binary, 150 trees, 16 leaves) gives the probability that the candidate is the true word.\n");
        sb.Append(inv, $"The best candidate replaces the token only at probability ≥ {result.Threshold:0.00} (`model.threshold`), chosen on a validation part of the\n");
        sb.Append("training pages as the lowest threshold (not below 0.5) that changes at most 0.25 % of the correct words.\n\n");
        sb.Append("## Data\n");
        sb.Append(inv, $"- {pages} rendered pages ({testPages} held out for evaluation, split by source text, not by rendering): the seed transcriptions\n");
        sb.Append("  (`data/seeds`, lines holding a word of the hand-made seed damage test list left out) in chunks of ~220 words, and synthetic lines of\n");
        sb.Append("  domain-lexicon words with numbers and codes; each page rendered twice by Tesseract's `text2image` (8 Bangla fonts, 8–12 pt,\n");
        sb.Append("  100–150 dpi, degraded like a scan), read back with `tesseract -l ben`, words aligned with the truth by token edit distance.\n");
        sb.Append(inv, $"- {pairs.Count} OCR tokens; {result.Examples} (token, candidate) examples from training pages, {result.Positives} positive.\n");
        sb.Append(inv, $"- Lexicon: {lexiconWords} words (domain lexicon `lexicon/apa-domain.tsv`, filtered `data/lexicon/ben.wordlist`, Debian bn_BD hunspell).\n\n");
        sb.Append("## Features\n");
        sb.Append(string.Join(", ", RepairExample.FeatureNames.Select(f => $"`{f}`"))).Append(".\n");
        sb.Append("Cost = confusion-weighted cluster edit distance; margin = gap to the next candidate; frequencies are log pseudo-counts;\n");
        sb.Append("bigrams are domain-lexicon bigram counts with the neighbouring words; NumericShare = share of numeric words in the token's column.\n\n");
        sb.Append("## Metrics (held-out pages)\n\n");
        sb.Append("| repair | garbled words | fixed | correct words | changed |\n|---|---:|---:|---:|---:|\n");
        Row(sb, "none", none);
        Row(sb, "rule only (no model)", rule);
        Row(sb, "model", model);
        sb.Append("\n## Remaining errors (held out, model)\n\n| class | count |\n|---|---:|\n");
        foreach (var (cls, count) in model.Remaining)
        {
            sb.Append(inv, $"| {cls} | {count} |\n");
        }

        sb.Append("\n## Limits\nTraining text is three real APAs plus synthetic lines: vocabulary outside the lexicon is never produced; real-word errors\n");
        sb.Append("(an OCR reading that is itself a word) are not attempted; digits are left to validation.\n");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, RepairEvaluation e) =>
        sb.Append(CultureInfo.InvariantCulture, $"| {name} | {e.Garbled} | {e.Fixed} ({e.FixedRate:P1}) | {e.Correct} | {e.Changed} ({e.ChangedRate:P2}) |\n");
}
