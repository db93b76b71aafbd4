using ApaIngest.Core.Text;
using ApaIngest.Repair.Legacy;

namespace ApaIngest.Repair.Tests.Legacy;

public class BijoyConverterTests
{
    public static TheoryData<string, string> PublishedPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(TestRepo.PathOf("data/bijoy/pairs.tsv")).Skip(1))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2)
            {
                data.Add(parts[0], parts[1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublishedPairs))]
    public void ToUnicode_PublishedPair_ConvertsExactly(string bijoy, string unicode)
    {
        // The project's one canonical form (য় as U+09DF) on the expected side: pairs.tsv writes য় decomposed.
        Assert.Equal(BanglaText.Normalize(unicode), BijoyConverter.ToUnicode(bijoy));
    }

    [Fact]
    public void PublishedPairs_AllFourteenPresent()
    {
        Assert.Equal(14, PublishedPairs().Count());
    }

    // Bijoy strings written by hand for this project from the SutonnyMJ keyboard layout, with APA vocabulary.
    [Theory]
    [InlineData("evwl©K Kg©m¤úv`b Pyw³", "বার্ষিক কর্মসম্পাদন চুক্তি")]
    [InlineData("MYcÖRvZš¿x evsjv‡`k miKvi", "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার")]
    [InlineData("Dc‡Rjv wbe©vnx Awdmv‡ii Kvh©vjq, Kqiv", "উপজেলা নির্বাহী অফিসারের কার্যালয়, কয়রা")]
    [InlineData("‡Rjv cÖkvmK", "জেলা প্রশাসক")]
    [InlineData("RyjvB 1, 2023 - Ryb 30, 2024", "জুলাই ১, ২০২৩ - জুন ৩০, ২০২৪")]
    [InlineData("mswkøó", "সংশ্লিষ্ট")]
    [InlineData("cÖwZ‡e`b", "প্রতিবেদন")]
    [InlineData("j¶¨gvÎv", "লক্ষ্যমাত্রা")]
    [InlineData("A_©‰bwZK", "অর্থনৈতিক")]
    [InlineData("D‡`¨vM", "উদ্যোগ")]
    [InlineData("cwigvY", "পরিমাণ")]
    [InlineData("ev¯Íevqb", "বাস্তবায়ন")]
    [InlineData("Kg©-cwiKíbvi", "কর্ম-পরিকল্পনার")]
    [InlineData("Z_¨ I †hvMv‡hvM cÖhyw³", "তথ্য ও যোগাযোগ প্রযুক্তি")]
    [InlineData("gš¿Yvjq", "মন্ত্রণালয়")]
    [InlineData("Awa`ßi", "অধিদপ্তর")]
    [InlineData("‡mev cÖ`vb cÖwZkÖæwZ", "সেবা প্রদান প্রতিশ্রুতি")]
    [InlineData("wWwRUvj evsjv‡`k", "ডিজিটাল বাংলাদেশ")]
    [InlineData("ˆbwZKZv", "নৈতিকতা")]
    [InlineData("‡KŠkj", "কৌশল")]
    [InlineData("`ßi/ms¯’v", "দপ্তর/সংস্থা")]
    [InlineData("cÖK‡íi", "প্রকল্পের")]
    [InlineData("¯^v¶i", "স্বাক্ষর")]
    [InlineData("AvBwmwU", "আইসিটি")]
    [InlineData("wkÿv_©x", "শিক্ষার্থী")]
    [InlineData("Dc‡Rjv cwil‡`i †eZb fvZv", "উপজেলা পরিষদের বেতন ভাতা")]
    [InlineData("Kvh©µ‡gi", "কার্যক্রমের")]
    [InlineData("mgš^q", "সমন্বয়")]
    [InlineData("AwfÁZv", "অভিজ্ঞতা")]
    [InlineData("B-bw_", "ই-নথি")]
    [InlineData("Awf‡hvM cÖwZKvi e¨e¯’v", "অভিযোগ প্রতিকার ব্যবস্থা")]
    [InlineData("¯^v¯’¨", "স্বাস্থ্য")]
    [InlineData("DbœZ", "উন্নত")]
    [InlineData("cÖwk¶Y", "প্রশিক্ষণ")]
    [InlineData("ZvwiL: 10/07/2023", "তারিখ: ১০/০৭/২০২৩")]
    [InlineData("mKvj 10t30 Uv", "সকাল ১০:৩০ টা")]
    [InlineData("kZKiv 80 fvM", "শতকরা ৮০ ভাগ")]
    [InlineData("‡KvwfW-19", "কোভিড-১৯")]
    [InlineData("wbw`©ó", "নির্দিষ্ট")]
    [InlineData("RvZxq ï×vPvi †KŠkj", "জাতীয় শুদ্ধাচার কৌশল")]
    [InlineData("Z…Yg~j ch©v‡q", "তৃণমূল পর্যায়ে")]
    [InlineData("g~j¨vqb", "মূল্যায়ন")]
    [InlineData("‡gvU b¤^i", "মোট নম্বর")]
    [InlineData("Pzw³i", "চুক্তির")]
    [InlineData("mwPe", "সচিব")]
    [InlineData("Pvu`", "চাঁদ")]
    [InlineData("Puv`", "চাঁদ")]
    [InlineData("K©v", "র্কা")]
    public void ToUnicode_HandWrittenPair_ConvertsExactly(string bijoy, string unicode)
    {
        Assert.Equal(BanglaText.Normalize(unicode), BijoyConverter.ToUnicode(bijoy));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("বার্ষিক কর্মসম্পাদন")]
    public void ToUnicode_NothingToConvert_Unchanged(string text)
    {
        Assert.Equal(text, BijoyConverter.ToUnicode(text));
    }
}
