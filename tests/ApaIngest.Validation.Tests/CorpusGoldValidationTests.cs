using ApaIngest.Core.Documents;

namespace ApaIngest.Validation.Tests;

/// <summary>The corpus gold is right by construction: the validator must find nothing wrong with it and change nothing.</summary>
public class CorpusGoldValidationTests
{
    private static string GoldDir => Environment.GetEnvironmentVariable("APA_TEST_CORPUS_GOLD") is { Length: > 0 } dir
        ? dir
        : Path.Combine(RepoRoot.Path, "corpus", "gold");

    [Fact]
    public void EveryGoldDocument_NoWarningsNoChanges()
    {
        Assert.True(Directory.Exists(GoldDir), $"no {GoldDir}");
        var files = Directory.EnumerateFiles(GoldDir, "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var problems = new List<string>();
        foreach (var file in files)
        {
            // as if recognised by OCR, so that repair is allowed and must still find nothing to repair
            var gold = ApaDocumentJson.Load(file);
            var asOcr = gold with { Source = gold.Source with { TextSource = TextSources.Ocr } };
            var result = new DocumentValidator(new ValidationOptions()).Process(asOcr);
            problems.AddRange(result.Issues.Where(i => i.Severity != Severities.Info || i.Code != IssueCodes.WeightsGovernanceSplit)
                .Select(i => $"{Path.GetFileName(file)}: {i.Severity} {i.Code} {i.Message}"));
            if (ApaDocumentJson.Serialize(result with { Source = gold.Source, Issues = [] }) != ApaDocumentJson.Serialize(gold))
            {
                problems.Add($"{Path.GetFileName(file)}: the validator changed a gold document");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }
}
