using ApaIngest.Validation.Misreadings;

namespace ApaIngest.Validation.Tests.Misreadings;

public class CharAlignmentTests
{
    [Fact]
    public void Align_LatinLookAlikes_OneSubstitutionPerCharacter()
    {
        var steps = CharAlignment.Align("RR", "২২");

        Assert.Equal([new AlignedChar('R', '২'), new AlignedChar('R', '২')], steps);
    }

    [Fact]
    public void Align_SpuriousTrailingCharacter_ReadAgainstNothing()
    {
        var steps = CharAlignment.Align("৬,৭৯,০০০0", "৬,৭৯,০০০");

        Assert.Equal(new AlignedChar('0', '\0'), steps[^1]);
        Assert.All(steps.Take(steps.Count - 1), s => Assert.Equal(s.Read, s.Truth));
    }

    [Fact]
    public void Align_DroppedCharacter_TruthAgainstNothing()
    {
        var steps = CharAlignment.Align("১২-১২-২০১", "১২-১২-২০১৯");

        Assert.Equal(new AlignedChar('\0', '৯'), steps[^1]);
        Assert.Single(steps, s => s.Read != s.Truth);
    }
}
