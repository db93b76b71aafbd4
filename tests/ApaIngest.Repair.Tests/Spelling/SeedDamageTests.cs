using ApaIngest.Core.Text;
using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Ml;
using ApaIngest.Repair.Spelling;
using Xunit.Abstractions;

namespace ApaIngest.Repair.Tests.Spelling;

/// <summary>Real damage from data/seeds (TestData/seed-damage.tsv, made by hand): most is fixed, the rest of the seeds is left alone.</summary>
public sealed class SeedDamageTests(ITestOutputHelper output)
{
    /// <summary>
    /// Each garbled token alone, with no neighbours. The issue's target is 70 %; alone the repairer reaches 53 % (33/62,
    /// docs/accuracy.md), in its lines 68 % of occurrences (below): most of the rest are 3+ edits from the word or misread into letters no
    /// OCR confusion explains. This guards the level reached, not the target.
    /// </summary>
    [Fact]
    public void RepairToken_SeedDamageList_FixesAtLeast50Percent()
    {
        var pairs = RepoData.SeedDamage();
        Assert.True(pairs.Count >= 40);
        var repairer = RepoData.Repairer;
        var fixedCount = 0;
        foreach (var (garbled, correct) in pairs)
        {
            var got = BanglaText.Normalize(repairer.RepairToken(garbled, TokenContext.None).Text);
            fixedCount += got == correct ? 1 : 0;
            output.WriteLine($"{garbled}\t{correct}\t{got}\t{(got == correct ? "fixed" : got == garbled ? "kept" : "WRONG")}");
        }

        var rate = fixedCount / (double)pairs.Count;
        output.WriteLine($"fixed {fixedCount}/{pairs.Count} = {rate:P1}");
        Assert.True(rate >= 0.50, $"fixed {fixedCount}/{pairs.Count}");
    }

    /// <summary>
    /// The damage where the product meets it: in its line, with its neighbours, and with context judged as if the seed had
    /// never been read (its own bigrams taken out of the domain bigrams). The level reached is in docs/accuracy.md.
    /// </summary>
    [Fact]
    public void RepairLine_SeedDamageInItsLines_FixesAtLeast60PercentOfOccurrences()
    {
        var damage = RepoData.SeedDamage().ToDictionary(p => p.Garbled, p => p.Correct, StringComparer.Ordinal);
        int occurrences = 0, fixedCount = 0;
        var alwaysFixed = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (path, repairer) in SeedRepairers())
        {
            foreach (var line in File.ReadLines(path))
            {
                var before = Tokens(line);
                if (!before.Any(t => BanglaTokens.Words(t).Any(damage.ContainsKey)))
                {
                    continue;
                }

                foreach (var (garbled, ok) in Occurrences(line, repairer.RepairLine(line), damage))
                {
                    occurrences++;
                    fixedCount += ok ? 1 : 0;
                    alwaysFixed[garbled] = alwaysFixed.GetValueOrDefault(garbled, true) && ok;
                }
            }
        }

        var pairsFixed = alwaysFixed.Count(kv => kv.Value);
        output.WriteLine($"occurrences fixed {fixedCount}/{occurrences} = {fixedCount / (double)occurrences:P1}; pairs fixed everywhere {pairsFixed}/{damage.Count}; pairs found {alwaysFixed.Count}");
        Assert.Equal(damage.Count, alwaysFixed.Count);
        Assert.True(fixedCount >= 0.60 * occurrences, $"fixed {fixedCount} of {occurrences}");
    }

    /// <summary>Lines per page when a seed is repaired page by page: a scanned APA page holds about this many table lines.</summary>
    private const int LinesPerPage = 40;

    /// <summary>
    /// As the product meets it: in its page, where the other words of the page are the page's vocabulary (খুলনা elsewhere on
    /// the page makes মুলনা খুলনা rather than মূলনা). Seeds are cut into pages of <see cref="LinesPerPage"/> lines.
    /// </summary>
    [Fact]
    public void RepairLines_SeedDamageInItsPages_FixesAtLeast60PercentOfOccurrences()
    {
        var damage = RepoData.SeedDamage().ToDictionary(p => p.Garbled, p => p.Correct, StringComparer.Ordinal);
        int occurrences = 0, fixedCount = 0;
        foreach (var (path, repairer) in SeedRepairers())
        {
            foreach (var page in File.ReadLines(path).Chunk(LinesPerPage))
            {
                var repaired = repairer.RepairLines(page);
                for (var l = 0; l < page.Length; l++)
                {
                    foreach (var (_, ok) in Occurrences(page[l], repaired[l], damage))
                    {
                        occurrences++;
                        fixedCount += ok ? 1 : 0;
                    }
                }
            }
        }

        output.WriteLine($"in pages: occurrences fixed {fixedCount}/{occurrences} = {fixedCount / (double)occurrences:P1}");
        Assert.True(fixedCount >= 0.60 * occurrences, $"fixed {fixedCount} of {occurrences}");
    }

    /// <summary>Each damaged word of <paramref name="line"/> and whether <paramref name="repaired"/> holds its correct word in its place (logged).</summary>
    private IEnumerable<(string Garbled, bool Fixed)> Occurrences(string line, string repaired, Dictionary<string, string> damage)
    {
        var before = Tokens(line);
        var after = Tokens(repaired);
        Assert.Equal(before.Length, after.Length);
        for (var i = 0; i < before.Length; i++)
        {
            foreach (var garbled in BanglaTokens.Words(before[i]).Where(damage.ContainsKey))
            {
                var ok = BanglaTokens.Words(after[i]).Contains(damage[garbled]);
                output.WriteLine($"{garbled}\t{damage[garbled]}\t{after[i]}\t{(ok ? "fixed" : "not fixed")}");
                yield return (garbled, ok);
            }
        }
    }

    private static string[] Tokens(string line) => line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Each seed file with a repairer that judges context without that file's own bigrams.</summary>
    private static IEnumerable<(string Path, LexiconWordRepairer Repairer)> SeedRepairers()
    {
        var seeds = Path.Combine(RepoData.Root, "data", "seeds");
        var corrector = RepoData.Repairer.Corrector;
        var unseen = new UnseenSourceBigrams(corrector.Generator.Lexicon.Bigrams, seeds);
        foreach (var path in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            yield return (path, new LexiconWordRepairer(corrector.WithBigrams(unseen.ForDocument(Path.GetFileNameWithoutExtension(path)))));
        }
    }

    [Fact]
    public void RepairLine_SeedFiles_LeavesAtLeast995PercentOfOtherWordsUnchanged()
    {
        var damaged = RepoData.SeedDamage().Select(p => p.Garbled).ToHashSet(StringComparer.Ordinal);
        int words = 0, changed = 0;
        foreach (var (path, repairer) in SeedRepairers())
        {
            foreach (var line in File.ReadLines(path))
            {
                var before = Tokens(line);
                var after = Tokens(repairer.RepairLine(line));
                Assert.Equal(before.Length, after.Length);
                for (var i = 0; i < before.Length; i++)
                {
                    if (!LexiconWordRepairer.NeedsLook(before[i]) || BanglaTokens.Words(before[i]).Any(damaged.Contains))
                    {
                        continue;
                    }

                    words++;
                    if (before[i] != after[i])
                    {
                        changed++;
                        output.WriteLine($"{before[i]} → {after[i]}");
                    }
                }
            }
        }

        var unchanged = 1 - (changed / (double)words);
        output.WriteLine($"changed {changed}/{words}, unchanged {unchanged:P2}");
        Assert.True(unchanged >= 0.995, $"changed {changed} of {words}");
    }
}
