using ApaIngest.Core.Pages;
using ApaIngest.Core.Text;
using ApaIngest.Extraction.Layout;
using ApaIngest.Extraction.Sections;

namespace ApaIngest.Extraction.Tests;

public sealed class CoverReaderTests
{
    private static List<TextLine> Lines(params string[] texts) =>
        texts.Select((t, i) => new TextLine(1, [], t, new Box(20, 20 + (i * 12), 400, 30 + (i * 12)))).ToList();

    [Fact]
    public void Read_Cover_PartiesAroundAnd()
    {
        var cover = CoverReader.Read(Lines(
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "পুলিশ সুপার", "পুলিশ সুপারের কার্যালয়, ঝিনাইদহ", "এবং", "উপ-মহাপুলিশ পরিদর্শক",
            "খুলনা রেঞ্জ, খুলনা-এর মধ্যে স্বাক্ষরিত", "বার্ষিক কর্মসম্পাদন চুক্তি", "জুলাই ১, ২০২৪ - জুন ৩০, ২০২৫"));

        Assert.Equal("পুলিশ সুপার", cover.Signatory.Title);
        Assert.Equal(BanglaText.Normalize("পুলিশ সুপারের কার্যালয়, ঝিনাইদহ"), cover.Signatory.Office);
        Assert.Equal("উপ-মহাপুলিশ পরিদর্শক", cover.Supervisor.Title);
        Assert.Equal("2024-25", cover.FiscalYear);
    }

    [Fact]
    public void Read_OnlyThePreamblesAnd_SignatoryStopsAtTheOpeningSentence()
    {
        // OCR lost the cover's "এবং": the first one is the preamble's, under its opening sentence
        var cover = CoverReader.Read(Lines(
            "প্রস্তাবনা",
            "প্রাতিষ্ঠানিক দক্ষতা বৃদ্ধি, স্বচ্ছতা ও জবাবদিহি জোরদার করা, সুশাসন সংহতকরণ এবং সম্পদের যথাযথ ব্যবহার",
            "নিশ্চিতকরণের মাধ্যমে রূপকল্প ২০৪১ এর যথাযথ বাস্তবায়নের লক্ষ্যে-",
            "পুলিশ সুপার, পুলিশ সুপারের কার্যালয়, ঝিনাইদহ",
            "এবং",
            "উপ-মহাপুলিশ পরিদর্শক, খুলনা রেঞ্জ, খুলনা-এর মধ্যে ২০২৪ সালের জুন মাসের ১০ তারিখে এই বার্ষিক কর্মসম্পাদন চুক্তি স্বাক্ষরিত হল।"));

        Assert.Equal("পুলিশ সুপার", cover.Signatory.Title);
        Assert.Equal(BanglaText.Normalize("পুলিশ সুপারের কার্যালয়, ঝিনাইদহ"), cover.Signatory.Office);
    }
}
