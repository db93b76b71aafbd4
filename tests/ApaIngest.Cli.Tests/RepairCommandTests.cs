using ApaIngest.Cli.Tests.Support;

namespace ApaIngest.Cli.Tests;

/// <summary>`apa repair`: stdin lines to stdout lines; `--explain` shows what each word was weighed against.</summary>
public sealed class RepairCommandTests
{
    [Fact]
    public async Task Repair_LineWithSeedDamage_FixesItAndKeepsTheLineCount()
    {
        var run = await Apa.RunWithInputAsync("ধানায় সিডিএমএস (CDMS) এ মাথলা এন্ট্রি\n১২৩\n", "repair");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("মামলা", lines[0]);
        Assert.Contains("(CDMS)", lines[0]);
        Assert.Equal("১২৩", lines[1]);
    }

    [Fact]
    public async Task RepairExplain_GarbledWord_ListsItsCandidatesWithCostAndProbability()
    {
        var run = await Apa.RunWithInputAsync("মাথলা এন্ট্রি\n", "repair", "--explain");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var rows = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.StartsWith("word\tresult\tcandidates", rows[0]);
        var row = Assert.Single(rows, r => r.StartsWith("মাথলা\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal("মামলা", row[1]);
        var best = row[2].Split("; ")[0].Split(' ');
        Assert.Equal("মামলা", best[0]);
        Assert.InRange(double.Parse(best[1], System.Globalization.CultureInfo.InvariantCulture), 0.0, 2.0);
        Assert.InRange(double.Parse(best[2], System.Globalization.CultureInfo.InvariantCulture), 0.5, 1.0);
    }
}
