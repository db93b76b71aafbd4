using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests;

/// <summary>The repository's real lexicons and model, loaded once for all tests.</summary>
public static class RepoData
{
    private static readonly Lazy<LexiconWordRepairer> LazyRepairer = new(() => LexiconWordRepairer.Load(Root));
    private static readonly Lazy<LexiconWordRepairer> LazyRuleRepairer = new(() => LexiconWordRepairer.Load(Root, useModel: false));

    public static string Root => RepoPaths.FindRoot() ?? throw new InvalidOperationException("ApaIngest.sln not found above the test binaries");

    public static LexiconWordRepairer Repairer => LazyRepairer.Value;

    public static LexiconWordRepairer RuleRepairer => LazyRuleRepairer.Value;

    public static IReadOnlyList<(string Garbled, string Correct)> SeedDamage() =>
    [
        .. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "seed-damage.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(p => (Core.Text.BanglaText.Normalize(p[0]), Core.Text.BanglaText.Normalize(p[1]))),
    ];
}
