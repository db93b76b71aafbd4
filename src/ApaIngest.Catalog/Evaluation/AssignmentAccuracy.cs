using System.Text.Json;
using ApaIngest.Catalog.Matching;
using ApaIngest.Core.Documents;

namespace ApaIngest.Catalog.Evaluation;

/// <summary>Correct / total canonical assignments for one slice (all, governance, a PDF variant ...).</summary>
public sealed record AccuracyLine(string Slice, int Total, int Correct, int Unpaired)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>Accuracy over the gold rows the prediction has (the matcher's own share of the errors).</summary>
    public double PairedAccuracy => Total - Unpaired == 0 ? 0 : (double)Correct / (Total - Unpaired);

    public override string ToString() =>
        $"{Slice,-22} {Correct,5}/{Total,-5} {Accuracy:0.0000}"
        + (Unpaired > 0 ? $"  ({Unpaired} gold rows not extracted, counted wrong; on extracted rows {Correct}/{Total - Unpaired} = {PairedAccuracy:0.0000})" : string.Empty);
}

/// <summary>A wrong assignment, for the report.</summary>
public sealed record AccuracyMiss(string File, string Code, string Name, string Expected, string Got, double Score);

/// <summary>
/// Canonical assignment accuracy: the fraction of gold indicators (those with a canonical_id) whose id the matcher gives.
/// From gold text alone (an upper bound: the text is perfect) or from predicted documents of the same agreement,
/// paired with gold rows by (group, code); a gold row with no predicted twin counts as wrong.
/// </summary>
public sealed class AssignmentAccuracy(CanonicalMatcher matcher)
{
    public List<AccuracyMiss> Misses { get; } = [];

    /// <summary>With <paramref name="noise"/>, names and activities are damaged first (a stand-in for OCR output).</summary>
    public IReadOnlyList<AccuracyLine> OnGold(IEnumerable<string> goldFiles, OcrNoise? noise = null)
    {
        var label = noise is null ? "gold-text" : "gold-text+noise";
        var all = new Counter(label);
        var gov = new Counter(label + " governance");
        foreach (var path in goldFiles.Order(StringComparer.Ordinal))
        {
            var gold = ApaDocumentJson.Load(path);
            var kind = OfficeKindDetector.Detect(gold.Agreement, matcher.Catalog.OfficeKinds);
            foreach (var g in gold.Indicators.Where(i => i.CanonicalId is not null))
            {
                var row = noise is null ? g : g with { Name = noise.Apply(g.Name), Activity = noise.Apply(g.Activity) };
                var match = matcher.Match(MatchQuery.From(row with { CanonicalId = null }, kind));
                var ok = Check(Path.GetFileName(path), g, match);
                all.Add(ok);
                if (g.Group == Groups.Governance)
                {
                    gov.Add(ok);
                }
            }
        }

        return [all.Line(), gov.Line()];
    }

    /// <summary>Pred files are named like gold ones with a variant: NAME.digital.json pairs with gold NAME.json.</summary>
    public IReadOnlyList<AccuracyLine> OnPredictions(string goldDir, IEnumerable<string> predFiles)
    {
        var counters = new SortedDictionary<string, Counter>(StringComparer.Ordinal);
        foreach (var path in predFiles.Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(path);
            var dot = stem.IndexOf('.', StringComparison.Ordinal);
            var goldName = (dot < 0 ? stem : stem[..dot]) + ".json";
            var variant = dot < 0 ? "pred" : stem[(dot + 1)..];
            var goldPath = Path.Combine(goldDir, goldName);
            if (!File.Exists(goldPath))
            {
                continue;
            }

            var gold = ApaDocumentJson.Load(goldPath);
            // An empty or unreadable prediction is a document the pipeline failed on: all its gold rows count wrong.
            IReadOnlyList<Indicator> predicted;
            try
            {
                predicted = matcher.Process(ApaDocumentJson.Load(path)).Indicators;
            }
            catch (JsonException)
            {
                predicted = [];
            }

            var byKey = predicted.GroupBy(i => (i.Group, i.Code)).ToDictionary(g => g.Key, g => g.First());
            if (!counters.TryGetValue(variant, out var counter))
            {
                counters[variant] = counter = new Counter(variant);
            }

            foreach (var g in gold.Indicators.Where(i => i.CanonicalId is not null))
            {
                if (!byKey.TryGetValue((g.Group, g.Code), out var p))
                {
                    counter.AddUnpaired();
                    continue;
                }

                counter.Add(Check(Path.GetFileName(path), g, new CanonicalMatch(p.CanonicalId ?? "", 0, false, null)));
            }
        }

        return counters.Values.Select(c => c.Line()).ToList();
    }

    private bool Check(string file, Indicator gold, CanonicalMatch match)
    {
        var expected = matcher.Catalog.Resolve(gold.CanonicalId!);
        var ok = match.Id == expected;
        if (!ok)
        {
            Misses.Add(new AccuracyMiss(file, $"{gold.Group}:{gold.Code}", gold.Name, expected, match.Id, match.Score));
        }

        return ok;
    }

    private sealed class Counter(string slice)
    {
        private int total;
        private int correct;
        private int unpaired;

        public void Add(bool ok)
        {
            total++;
            if (ok)
            {
                correct++;
            }
        }

        public void AddUnpaired()
        {
            total++;
            unpaired++;
        }

        public AccuracyLine Line() => new(slice, total, correct, unpaired);
    }
}
