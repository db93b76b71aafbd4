using ApaIngest.Extraction.Tests.Support;

namespace ApaIngest.Extraction.Tests;

public sealed class SignedOnTests
{
    [Fact]
    public void Extract_ContentsPageWithoutPageNumbers_StillFindsThePreambleDate()
    {
        // as OCR read a scanned cover: the contents lines lost their page numbers, so "সেকশন ১" there looks like a heading
        var page = new GridPageRenderer();
        page.Paragraph("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার");
        page.Paragraph("বার্ষিক কর্মসম্পাদন চুক্তি");
        page.Paragraph("বিষয় পৃষ্ঠা নং");
        page.Paragraph("সেকশন ১: রূপকল্প, অভিলক্ষ্য, কর্মসম্পাদনের ক্ষেত্র এবং SA");
        page.Paragraph("সেকশন ২: বিভিন্ন কার্যক্রমের ফলাফল/প্রভাব দার");
        page.NewPage();
        page.Paragraph("প্রস্তাবনা");
        page.Paragraph("জেলা সমবায় অফিসার, জেলা সমবায় কার্যালয়, সুনামগঞ্জ-এর মধ্যে ২০১৭ সালের জুন মাসের ৯ তারিখে এই বার্ষিক কর্মসম্পাদন চুক্তি স্বাক্ষরিত হল।");

        var document = new AgreementExtractor().Extract(page.Document("scan.pdf"));

        Assert.Equal("2017-06-09", document.Agreement.SignedOn);
    }
}
