using ApaIngest.Core.Text;
using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Ml;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Spelling;

/// <summary>
/// The candidate search's prunings (cutoff at the k-th best cost, early abandon, skipped cost lookups, the split prefix
/// test) change nothing: checked against the plain recurrence on real garbled words and their real delete-index hits.
/// </summary>
public sealed class PrunedSearchTests
{
    private static CandidateGenerator Generator => RepoData.Repairer.Corrector.Generator;

    /// <summary>The hand-made seed damage list's garbled words and the first garbled words of the held-out OCR pages.</summary>
    private static IReadOnlyList<string> GarbledWords()
    {
        var ocr = OcrPair.ReadAll(Path.Combine(RepoData.Root, RepairTraining.PairsPath))
            .Where(p => p.HeldOut)
            .Select(p => (Ocr: TokenParts.Of(BanglaText.Normalize(p.Ocr)).Core, Truth: TokenParts.Of(BanglaText.Normalize(p.Truth)).Core))
            .Where(p => p.Ocr.Length > 0 && p.Truth.Length > 0 && p.Ocr != p.Truth && BanglaTokens.IsWellFormed(p.Ocr))
            .Select(p => p.Ocr)
            .Distinct(StringComparer.Ordinal)
            .Take(40);
        return [.. RepoData.SeedDamage().Select(p => p.Garbled).Concat(ocr).Distinct(StringComparer.Ordinal)];
    }

    [Fact]
    public void Between_PrunedOnRealHits_EqualsTheFullMatrixUpToThePruneCost()
    {
        var index = Generator.Index;
        var compared = 0;
        var exact = 0;
        foreach (var word in RepoData.SeedDamage().Select(p => p.Garbled))
        {
            var clusters = BanglaClusters.Split(word);
            var costs = ClusterCosts.Current;
            var query = costs.Infos(clusters);
            foreach (var id in index.Lookup(clusters).Take(120))
            {
                var candidate = index.Clusters(id);
                var full = ClusterCostsTests.FullMatrix(clusters, candidate, CandidateGenerator.MaxCost);
                foreach (var prune in new[] { 0.4, 0.8, 1.2, CandidateGenerator.MaxCost })
                {
                    var pruned = ConfusionDistance.Between(query, costs.Infos(candidate), CandidateGenerator.MaxCost, prune, QueryCosts.For(costs, query));
                    compared++;
                    if (full <= prune)
                    {
                        exact++;
                        Assert.Equal(full, pruned);
                    }
                    else
                    {
                        Assert.True(pruned > prune, $"{word} → {index.Word(id)}: full {full}, pruned {pruned} at {prune}");
                    }
                }
            }
        }

        Assert.True(compared > 10_000 && exact > 1_000, $"{compared} compared, {exact} within the prune cost");
    }

    [Fact]
    public void Generate_RealGarbledWords_SameCandidatesAsScoringEveryHitInFull()
    {
        var words = GarbledWords();
        Assert.True(words.Count >= 80);
        var nonEmpty = 0;
        foreach (var word in words)
        {
            var expected = Unpruned(word);
            var got = Generator.Generate(word);
            nonEmpty += expected.Count > 0 ? 1 : 0;
            Assert.Equal(expected.Select(c => (c.Word, c.Cost, c.ClusterEdits, c.Entry)), got.Select(c => (c.Word, c.Cost, c.ClusterEdits, c.Entry)));
        }

        Assert.True(nonEmpty >= words.Count / 2, $"only {nonEmpty} words have candidates");
    }

    /// <summary>
    /// The search written out plainly: every near delete-index hit of the word and of its suffix stems scored in full, then,
    /// for a word of <see cref="CandidateGenerator.DeepMinClusters"/>+ clusters without a candidate of cost ≤
    /// <see cref="CandidateGenerator.DeepSearchAbove"/>, every deep hit too.
    /// </summary>
    private static List<SpellCandidate> Unpruned(string word, int max = CandidateGenerator.MaxCandidates)
    {
        var best = new Dictionary<string, SpellCandidate>(StringComparer.Ordinal);
        ScoreAll(word, best, deep: false);
        if (BanglaClusters.Split(word).Length >= CandidateGenerator.DeepMinClusters && (best.Count == 0 || best.Values.Min(c => c.Cost) > CandidateGenerator.DeepSearchAbove))
        {
            ScoreAll(word, best, deep: true);
        }

        return [.. best.Values.OrderBy(c => c.Cost).ThenByDescending(c => c.Entry.LogFrequency).ThenBy(c => c.Word, StringComparer.Ordinal).Take(max)];
    }

    private static void ScoreAll(string word, Dictionary<string, SpellCandidate> best, bool deep)
    {
        Score(BanglaClusters.Split(word), string.Empty, best, deep);
        foreach (var suffix in CandidateGenerator.Suffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal) && BanglaClusters.Split(word[..^suffix.Length]) is { Length: >= 2 } stem)
            {
                Score(stem, suffix, best, deep);
            }
        }
    }

    private static void Score(string[] clusters, string suffix, Dictionary<string, SpellCandidate> best, bool deep)
    {
        var index = Generator.Index;
        var lexicon = Generator.Lexicon;
        var hits = new List<int>();
        if (deep)
        {
            index.LookupDeep(clusters, hits);
        }
        else
        {
            index.Lookup(clusters, hits);
        }

        foreach (var id in hits)
        {
            var candidate = index.Clusters(id);
            if (Math.Abs(candidate.Length - clusters.Length) > 2)
            {
                continue;
            }

            var cost = ConfusionDistance.Between(clusters, candidate, CandidateGenerator.MaxCost);
            if (cost > CandidateGenerator.MaxCost || cost == 0)
            {
                continue;
            }

            var stem = index.Word(id);
            var word = stem + suffix;
            var endsWithSign = BanglaClusters.IsVowelSign(stem[^1]) || BanglaClusters.IsModifier(stem[^1]);
            if (suffix.Length > 0 && (!BanglaTokens.IsWellFormed(word) || endsWithSign && BanglaClusters.IsVowelSign(suffix[0])))
            {
                continue;
            }

            lexicon.TryGet(stem, out var entry);
            if (suffix.Length > 0 && lexicon.TryGet(word, out var full))
            {
                entry = full;
            }

            if (!best.TryGetValue(word, out var existing) || existing.Cost > cost)
            {
                best[word] = new SpellCandidate(word, cost, ConfusionDistance.ClusterEdits(clusters, candidate), entry);
            }
        }
    }

    [Fact]
    public void SplitPossible_WheneverSplitIsDefined_IsTrue()
    {
        var lexiconWords = Generator.Lexicon.Entries.Select(e => BanglaClusters.Split(e.Key)).Where(c => c.Length >= 2).Take(4000).ToArray();
        var wholes = lexiconWords.SelectMany(c => c).Where(c => c.Contains(BanglaClusters.Hasanta)).Distinct(StringComparer.Ordinal).Take(40).ToArray();
        var parts = lexiconWords.SelectMany(c => c.Zip(c.Skip(1))).Distinct().Take(1500).ToArray();
        var defined = 0;
        var ruledOut = 0;
        foreach (var whole in wholes)
        {
            foreach (var (first, second) in parts.Append((whole[..1], whole[1..].Replace("\u09CD", string.Empty, StringComparison.Ordinal))))
            {
                var possible = OcrConfusion.SplitPossible(whole, first);
                if (!double.IsNaN(OcrConfusion.Split(whole, first, second)))
                {
                    defined++;
                    Assert.True(possible, $"{whole} = {first} + {second}");
                }
                else
                {
                    ruledOut += possible ? 0 : 1;
                }
            }
        }

        Assert.True(defined >= wholes.Length && ruledOut > parts.Length, $"{defined} defined, {ruledOut} ruled out");
    }

    [Fact]
    public void MinCharEdit_EveryBanglaCharacterEdit_CostsAtLeastIt()
    {
        for (var a = '\u0980'; a <= '\u09FF'; a++)
        {
            Assert.True(OcrConfusion.InsertDelete(a) >= OcrConfusion.MinCharEdit);
            for (var b = '\u0980'; b <= '\u09FF'; b++)
            {
                Assert.True(a == b || OcrConfusion.Substitute(a, b) >= OcrConfusion.MinCharEdit, $"{a}/{b}");
            }
        }
    }

    [Fact]
    public void Substitute_RealClusterPairs_NeverBelowMinSubstituteAndEqualToOcrConfusion()
    {
        _ = RepoData.Repairer; // learned costs in force
        var costs = ClusterCosts.Current;
        var clusters = Generator.Lexicon.Entries.Take(3000).SelectMany(e => BanglaClusters.Split(e.Key)).Distinct(StringComparer.Ordinal).Take(300).ToArray();
        foreach (var a in clusters)
        {
            foreach (var b in clusters.Where(b => b != a))
            {
                var cost = costs.Substitute(costs.Info(a), costs.Info(b));
                Assert.Equal(OcrConfusion.Cluster(a, b), cost);
                Assert.True(cost >= costs.MinSubstitute, $"{a}/{b} {cost}");
            }
        }
    }
}
