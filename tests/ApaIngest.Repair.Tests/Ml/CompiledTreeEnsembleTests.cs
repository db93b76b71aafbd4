using ApaIngest.Repair.Ml;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Ml;

public sealed class CompiledTreeEnsembleTests
{
    [Fact]
    public void Probability_CommittedModel_EqualsThePredictionEngineOnRealCandidates()
    {
        var corrector = RepoData.Repairer.Corrector;
        var classifier = corrector.Classifier!;
        Assert.True(classifier.IsCompiled);
        var compared = 0;
        var pairs = OcrPair.ReadAll(Path.Combine(RepoData.Root, RepairTraining.PairsPath)).Take(3000).ToArray();
        var words = pairs.Select(p => new Core.Pages.Word(p.Ocr, p.Box) { Confidence = p.Confidence, Origin = Core.Pages.WordOrigin.Ocr }).ToArray();
        var vocabulary = PageVocabulary.Of(words);
        for (var i = 0; i < pairs.Length; i++)
        {
            var core = TokenParts.Of(Core.Text.BanglaText.Normalize(pairs[i].Ocr)).Core;
            if (core.Length == 0)
            {
                continue;
            }

            var context = LexiconWordRepairer.ContextOf(words, i, vocabulary);
            var candidates = corrector.CandidatesFor(core, context);
            foreach (var example in corrector.Features(core, candidates, context))
            {
                Assert.InRange(Math.Abs(classifier.EngineProbability(example) - classifier.Probability(example)), 0, 1e-6);
                compared++;
            }
        }

        Assert.True(compared > 1000, $"{compared} examples");
    }
}
