using ApaIngest.Core.Text;
using ApaIngest.Repair.Legacy;

namespace ApaIngest.Repair.Tests.Legacy;

public class BijoyEncoderTests
{
    [Theory]
    [InlineData("আমার সোনার বাংলা", "Avgvi ‡mvbvi evsjv")]
    [InlineData("কর্মকর্তার", "Kg©KZ©vi")]
    [InlineData("বিস্তারিত", "we¯ÍvwiZ")]
    [InlineData("শিক্ষা", "wkÿv")]
    [InlineData("প্রধানমন্ত্রী", "cÖavbgš¿x")]
    [InlineData("কার্যক্রমের", "Kvh©µ‡gi")]
    [InlineData("মোঃ নূরুল", "‡gvt b~iæj")]
    public void FromUnicode_KnownWord_GivesBijoyTypistsForm(string unicode, string bijoy)
    {
        Assert.Equal(bijoy, BijoyEncoder.FromUnicode(unicode));
    }

    [Fact]
    public void FromUnicode_SeedPhrases_RoundTripThroughConverter()
    {
        var failures = new List<string>();
        var words = 0;
        foreach (var file in Directory.GetFiles(TestRepo.PathOf("data/seeds"), "*.txt"))
        {
            foreach (var line in File.ReadLines(file))
            {
                foreach (var (text, isBangla) in BijoyEncoder.SplitRuns(line))
                {
                    if (!isBangla)
                    {
                        continue;
                    }

                    words++;
                    var expected = BanglaText.Normalize(text.Replace("\u200C", "", StringComparison.Ordinal)
                        .Replace("\u200D", "", StringComparison.Ordinal));
                    var back = BijoyConverter.ToUnicode(BijoyEncoder.FromUnicode(text));
                    if (back != expected)
                    {
                        failures.Add($"{text} → {BijoyEncoder.FromUnicode(text)} → {back}");
                    }
                }
            }
        }

        Assert.True(words > 500, $"only {words} Bangla runs in the seeds");
        Assert.True(failures.Count == 0, $"{failures.Count} of {words} runs do not round-trip:\n" + string.Join('\n', failures.Take(30)));
    }

    [Fact]
    public void SplitRuns_MixedLine_SeparatesBanglaAndLatin()
    {
        var runs = BijoyEncoder.SplitRuns("রূপকল্প (Vision), অভিলক্ষ্য");
        Assert.Equal(["রূপকল্প (", "Vision), ", "অভিলক্ষ্য"], runs.Select(r => r.Text));
        Assert.Equal([true, false, true], runs.Select(r => r.IsBangla));
    }
}
