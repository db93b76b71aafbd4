using ApaIngest.Validation.Misreadings;

namespace ApaIngest.Validation.Tests.Misreadings;

public class CellConfusionsTests
{
    [Fact]
    public void Learn_RepeatedMisreading_ProbabilityFromCounts()
    {
        var table = CellConfusions.Learn([("RR", "২২"), ("১R", "১২"), ("R০", "৭০"), ("৮০", "৮০")], minCount: 1);

        var r = table.Of('R');
        Assert.Equal('২', r[0].Truth);
        Assert.Equal(3, r[0].Count);
        Assert.Equal(0.75, r[0].Probability, 3);
        Assert.Equal('৭', r[1].Truth);
        Assert.Equal(1.0, table.Of('০').Single().Probability);
    }

    [Fact]
    public void Learn_PairFromAnotherCell_Skipped()
    {
        var table = CellConfusions.Learn([("৫৫৫৫৫", "১২"), ("৫", "৫")], minCount: 1);

        Assert.Equal('৫', table.Of('৫').Single().Truth);
        Assert.Empty(table.Of('R'));
    }

    [Fact]
    public void Learn_BelowMinCount_Dropped()
    {
        var table = CellConfusions.Learn([("R", "২"), ("R", "২"), ("R", "৭")], minCount: 2);

        Assert.Equal('২', table.Of('R').Single().Truth);
    }

    [Fact]
    public void ToTsv_Parse_RoundTripsEveryEntryIncludingDrops()
    {
        var table = CellConfusions.Learn([("৬,৭৯,০০০0", "৬,৭৯,০০০"), ("RR", "২২"), ("২২ ", "২২")], minCount: 1);

        var again = CellConfusions.Parse(table.ToTsv().Split('\n'));

        Assert.Equal(table.All.OrderBy(c => c.Read).ThenBy(c => c.Truth).Select(c => (c.Read, c.Truth, c.Count)),
            again.All.OrderBy(c => c.Read).ThenBy(c => c.Truth).Select(c => (c.Read, c.Truth, c.Count)));
        Assert.Contains(again.Of('0'), c => c.Truth == '\0');
        Assert.Contains(again.Of(' '), c => c.Truth == '\0');
    }

    [Fact]
    public void Read_CommittedModel_BanglaDigitsMostlyMeanThemselves()
    {
        var table = CellConfusions.Read(Path.Combine(RepoRoot.Path, CellConfusions.RelativePath));

        foreach (var digit in "০১২৩৪৫৬৭৮৯")
        {
            var self = table.Of(digit).FirstOrDefault(c => c.Truth == digit);
            Assert.True(self is { Probability: > 0.6 }, $"{digit} should mostly be read as itself");
        }
    }
}
