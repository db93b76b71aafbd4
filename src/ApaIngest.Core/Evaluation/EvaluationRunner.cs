using System.Text.Json;
using ApaIngest.Core.Documents;

namespace ApaIngest.Core.Evaluation;

/// <summary>
/// Pairs gold NAME.json with predictions NAME.VARIANT.json / NAME.json and scores them. A gold document with no prediction
/// for a variant seen in the pred directory (or with no prediction at all) scores zero as "missing".
/// </summary>
public static class EvaluationRunner
{
    /// <summary>The variant of a prediction file that has no variant part (NAME.json).</summary>
    public const string NoVariant = "-";

    /// <exception cref="InvalidDataException">The gold directory has no JSON, or a gold file cannot be read.</exception>
    /// <param name="transformPred">applied to every readable prediction before scoring (e.g. a post-processor to measure its effect).</param>
    public static EvaluationResult Run(string goldDir, string predDir, Func<ApaDocument, ApaDocument>? transformPred = null)
    {
        var gold = LoadGold(goldDir);
        var warnings = new List<string>();
        var preds = new Dictionary<(string Name, string Variant), string>();
        foreach (var path in Directory.EnumerateFiles(predDir, "*.json").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(path);
            if (SplitName(stem, gold.Keys) is { } key)
            {
                preds[key] = path;
            }
            else
            {
                warnings.Add($"{Path.GetFileName(path)}: no gold document of that name, not scored");
            }
        }

        var variants = preds.Keys.Select(k => k.Variant).Distinct().Order(StringComparer.Ordinal).ToList();
        if (variants.Count == 0)
        {
            variants.Add(NoVariant);
        }

        var documents = new List<DocumentScore>();
        foreach (var (name, goldDoc) in gold)
        {
            foreach (var variant in variants)
            {
                documents.Add(preds.TryGetValue((name, variant), out var predPath)
                    ? ScoreFile(name, variant, goldDoc, predPath, transformPred)
                    : new DocumentScore(name, variant, null, DocumentScore.Missing, DocumentScorer.Score(goldDoc, null)));
            }
        }

        return EvaluationResult.From(documents, warnings);
    }

    /// <summary>(NAME, VARIANT) of a prediction file stem: NAME.VARIANT or NAME (variant "-"); null without a gold NAME.</summary>
    public static (string Name, string Variant)? SplitName(string stem, IEnumerable<string> goldNames)
    {
        var names = goldNames as ICollection<string> ?? goldNames.ToHashSet(StringComparer.Ordinal);
        if (names.Contains(stem))
        {
            return (stem, NoVariant);
        }

        var dot = stem.LastIndexOf('.');
        if (dot > 0 && dot < stem.Length - 1 && names.Contains(stem[..dot]))
        {
            return (stem[..dot], stem[(dot + 1)..]);
        }

        return null;
    }

    private static DocumentScore ScoreFile(string name, string variant, ApaDocument gold, string predPath, Func<ApaDocument, ApaDocument>? transform)
    {
        var file = Path.GetFileName(predPath);
        try
        {
            var text = File.ReadAllText(predPath);
            if (string.IsNullOrWhiteSpace(text))
            {
                return new DocumentScore(name, variant, file, $"{DocumentScore.Unreadable}: empty file", DocumentScorer.Score(gold, null));
            }

            var pred = Sanitize(ApaDocumentJson.Deserialize(text));
            if (transform is not null)
            {
                pred = transform(pred);
            }

            return new DocumentScore(name, variant, file, DocumentScore.Ok, DocumentScorer.Score(gold, pred));
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or IOException)
        {
            var reason = e.Message.Split('\n')[0];
            return new DocumentScore(name, variant, file, $"{DocumentScore.Unreadable}: {reason}", DocumentScorer.Score(gold, null));
        }
    }

    private static SortedDictionary<string, ApaDocument> LoadGold(string goldDir)
    {
        var gold = new SortedDictionary<string, ApaDocument>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(goldDir, "*.json"))
        {
            try
            {
                gold[Path.GetFileNameWithoutExtension(path)] = Sanitize(ApaDocumentJson.Load(path));
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}: not a document JSON ({e.Message.Split('\n')[0]})", e);
            }
        }

        if (gold.Count == 0)
        {
            throw new InvalidDataException($"{goldDir}: no gold *.json files");
        }

        return gold;
    }

    /// <summary>JSON nulls where the records promise lists or objects (a hand-made or broken prediction) become empty.</summary>
    public static ApaDocument Sanitize(ApaDocument d) => d with
    {
        Agreement = d.Agreement ?? new AgreementInfo(),
        PerformanceAreas = (d.PerformanceAreas ?? []).Where(a => a is not null).ToList(),
        Indicators = (d.Indicators ?? []).Where(i => i is not null).Select(i => i with
        {
            Group = i.Group ?? string.Empty,
            Code = i.Code ?? string.Empty,
            Actuals = (i.Actuals ?? []).Where(c => c is not null).ToList(),
            Targets = (i.Targets ?? []).Where(c => c is not null).ToList(),
            Projections = (i.Projections ?? []).Where(c => c is not null).ToList(),
        }).ToList(),
    };
}
