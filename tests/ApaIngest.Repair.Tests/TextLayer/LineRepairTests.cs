using ApaIngest.Core.Text;
using ApaIngest.Repair.Legacy;
using ApaIngest.Repair.TextLayer;

namespace ApaIngest.Repair.Tests.TextLayer;

/// <summary>The line repairers of `apa repair`: Bijoy lines converted, every correct Unicode line untouched.</summary>
public class LineRepairTests
{
    [Theory]
    [InlineData("evwl©K Kg©m¤úv`b Pyw³ (APA)", "বার্ষিক কর্মসম্পাদন চুক্তি (APA)")]
    [InlineData("Dc‡Rjv wbe©vnx Awdmvi, Kqiv", "উপজেলা নির্বাহী অফিসার, কয়রা")]
    [InlineData("msµvšÍ Z_¨mg~nt", "সংক্রান্ত তথ্যসমূহঃ")]
    public void BijoyLine_BijoyLine_Converted(string line, string expected)
    {
        Assert.Equal(BanglaText.Normalize(expected), BijoyLine.Convert(line));
    }

    [Theory]
    [InlineData("Annual Performance Agreement (APA) 2023-24")]
    [InlineData("Overview of the Performance of the Upazilla Office")]
    [InlineData("১.১.১ [১.১] মাসিক সমন্বয় সভা অনুষ্ঠিত সংখ্যা ১০ ১২")]
    [InlineData("")]
    [InlineData("   ")]
    public void BijoyLine_NotBijoy_Unchanged(string line)
    {
        Assert.Equal(line, BijoyLine.Convert(line));
    }

    [Fact]
    public void TextLayerText_SeedLines_AllUnchanged()
    {
        var changed = new List<string>();
        foreach (var file in Directory.GetFiles(Legacy.TestRepo.PathOf("data/seeds"), "*.txt"))
        {
            foreach (var line in File.ReadLines(file))
            {
                var repaired = BijoyLine.Convert(TextLayerText.Repair(line));
                if (repaired != line)
                {
                    changed.Add($"{line} → {repaired}");
                }
            }
        }

        Assert.True(changed.Count == 0, string.Join('\n', changed.Take(20)));
    }

    [Fact]
    public void TextLayerText_VisualOrderWords_Reordered()
    {
        Assert.Equal("মাসিক (জানু\u09DFারি-মার্চ) বিষ\u09DF", TextLayerText.Repair("মািসক (জানু\u09DFারি-মার্চ) িবষ\u09DF"));
    }
}
