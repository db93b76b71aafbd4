using System.Globalization;
using System.Text;

namespace ApaIngest.Repair.Ml;

/// <summary>Writes models/repair/MODEL_CARD.md: data, features, metrics of the trained repair classifier.</summary>
public static class ModelCard
{
    public static string Render(
        IReadOnlyList<OcrPair> pairs, RepairTrainer.Result result, IReadOnlyList<RepairTraining.SetResult> sets, int lexiconWords)
    {
        var inv = CultureInfo.InvariantCulture;
        var pages = pairs.Select(p => p.Page).Distinct().Count();
        var testPages = pairs.Where(p => p.HeldOut).Select(p => p.Page).Distinct().Count();
        var sb = new StringBuilder();
        sb.Append("# Repair classifier (models/repair/model.zip)\n\n");
        sb.Append("Made by `scripts/apa train repair`; do not edit by hand.\n\n");
        sb.Append("## What it does\nFor an OCR token that is not a lexicon word and each of its candidates (symmetric-delete lookup over grapheme clusters, ranked by\n");
        sb.Append("OCR-confusion cost), ML.NET FastTree (binary, 150 trees, 16 leaves) gives the probability that the candidate is the true word.\n");
        sb.Append("Words the neighbours are known to stand beside (domain bigrams, up to cost 2.5) are candidates too, also for a recognised\n");
        sb.Append("known word its neighbours do not vouch for (a real-word error; cost ≤ 1.0; never the 200 commonest words, never a text layer's).\n");
        sb.Append("Before that, two close neighbours whose cores written together are a lexicon word are joined (`SplitWordJoiner`).\n");
        sb.Append(inv, $"The best candidate replaces the token only at probability ≥ {result.Threshold:0.00} (`model.threshold`), chosen on a validation part of the\n");
        sb.Append(inv, $"training pages as the lowest threshold (not below {RepairTrainer.MinimumThreshold:0.0}) that changes at most 0.25 % of the correct words.\n");
        sb.Append("Costs: hand-made letter and conjunct pairs (`OcrConfusion`), a conjunct that lost a letter but kept its hasanta (0.35),\n");
        sb.Append("and the confusions measured on the training pages, per cluster (`confusions.tsv`) and per letter in any cluster\n");
        sb.Append("(`letter-confusions.tsv`, kept when seen 3+ times and more often than one reading in a thousand); the cheaper cost wins.\n\n");
        sb.Append("## Data\n");
        sb.Append(inv, $"- {pages} rendered pages ({testPages} held out for evaluation, split by source text, not by rendering): the seed transcriptions\n");
        sb.Append("  (`data/seeds`, lines holding a word of the hand-made seed damage test list left out) in chunks of ~220 words, synthetic lines of\n");
        sb.Append("  domain-lexicon words with numbers and codes, and lines of everyday words (general list) mixed with domain words; each page\n");
        sb.Append("  rendered twice by Tesseract's `text2image` (8 Bangla fonts, degraded like a scan) in each of two sets: 8–12 pt at 100–150 dpi\n");
        sb.Append("  (`ocr-pairs.tsv`, harsh: about 40 % of words come back garbled) and 9–12 pt at 200/300 dpi (`ocr-pairs-scan.tsv`, the archive's\n");
        sb.Append("  scan resolutions), read back with `tesseract -l ben`, words aligned with the truth by token edit distance.\n");
        var extra = pairs.Where(p => OcrPairGenerator.IsExtraPage(p.Page)).Select(p => p.Page).Distinct().Count();
        if (extra > 0)
        {
            sb.Append(inv, $"- Of these, {extra} renders are for training only (`apa train pairs --extra N`, with and without `--scan`: `ocr-pairs-extra.tsv`,\n");
            sb.Append("  `ocr-pairs-scan-extra.tsv`): the seeds' training chunks once more in other fonts and sizes, and more synthetic and\n");
            sb.Append("  everyday-word pages drawn with other random seeds. The held-out pages are the same as without them.\n");
        }

        sb.Append("- Context is judged as if each page's source document had never been read: the seed's own bigrams are taken out of the\n");
        sb.Append("  domain bigrams for its pages, in training and in measuring.\n");
        sb.Append(inv, $"- {pairs.Count} OCR tokens; {result.Examples} (token, candidate) examples from training pages, {result.Positives} positive.\n");
        sb.Append(inv, $"- Lexicon: {lexiconWords} words (domain lexicon `lexicon/apa-domain.tsv`, filtered `data/lexicon/ben.wordlist`, Debian bn_BD hunspell).\n\n");
        sb.Append("## Features\n");
        sb.Append(string.Join(", ", RepairExample.FeatureNames.Select(f => $"`{f}`"))).Append(".\n");
        sb.Append("Cost = confusion-weighted cluster edit distance; margin = gap to the next candidate; frequencies are log pseudo-counts;\n");
        sb.Append("bigrams are domain-lexicon bigram counts with the neighbouring words (for the candidate, and the token's own);\n");
        sb.Append("FromContext = proposed by the neighbours rather than the near search; CandidateOnPage = log count of the candidate among\n");
        sb.Append("the page's words; NumericShare = share of numeric words in the token's column.\n\n");
        sb.Append("## Metrics (held-out pages)\n\n");
        sb.Append("| set | repair | garbled words | fixed | correct words | changed |\n|---|---|---:|---:|---:|---:|\n");
        foreach (var set in sets)
        {
            Row(sb, set.Name, "none", set.None);
            Row(sb, set.Name, "rule only (no model)", set.Rule);
            Row(sb, set.Name, "model", set.Model);
        }

        sb.Append("\nBy what the held-out pages were made of (model):\n\n");
        sb.Append("| set | pages of | garbled words | fixed | correct words | changed |\n|---|---|---:|---:|---:|---:|\n");
        foreach (var set in sets)
        {
            foreach (var (source, e) in set.BySource)
            {
                Row(sb, set.Name, source, e);
            }
        }

        foreach (var set in sets)
        {
            sb.Append(inv, $"\n## Remaining errors (held out, {set.Name}, model)\n\n| class | count |\n|---|---:|\n");
            foreach (var (cls, count) in set.Model.Remaining)
            {
                sb.Append(inv, $"| {cls} | {count} |\n");
            }
        }

        sb.Append("\n## Limits\nTraining text is three real APAs plus synthetic lines: vocabulary outside the lexicon is never produced; a real-word error\n");
        sb.Append("is reached only through the domain bigrams (a few thousand pairs); words run together are not parted; digits are left to validation.\n");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string set, string name, RepairEvaluation e) =>
        sb.Append(CultureInfo.InvariantCulture, $"| {set} | {name} | {e.Garbled} | {e.Fixed} ({e.FixedRate:P1}) | {e.Correct} | {e.Changed} ({e.ChangedRate:P2}) |\n");
}
