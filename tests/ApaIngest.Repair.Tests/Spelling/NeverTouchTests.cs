namespace ApaIngest.Repair.Tests.Spelling;

/// <summary>Numbers, codes, dates, Latin words and acronyms, and names without a confident candidate are never changed.</summary>
public sealed class NeverTouchTests
{
    [Theory]
    [InlineData("[১.১.১] ১০০% ২০২৩-২৪")]
    [InlineData("৩০/০৬/২০২৪ ৩০.০৬.২০২৪ জুন ৩০, ২০২৪")]
    [InlineData("CDMS BRTA APA e-Nothi (Outcome/Impact)")]
    [InlineData("সিডিএমএস (CDMS) এ মামলা এন্ট্রি")]
    [InlineData("৪৮০০ ৮৪ ৯০.৫০ ১২৩৪৫৬৭৮৯০")]
    [InlineData("উপজেলা নির্বাহী অফিসার, কয়রা, খুলনা")]
    public void RepairLine_TextThatIsNotAGarbledWord_IsUnchanged(string line)
    {
        Assert.Equal(line, RepoData.Repairer.RepairLine(line));
    }

    [Fact]
    public void RepairLine_WhitespaceAndTabs_ArePreserved()
    {
        const string line = "  ১\tমামলা\t\tনিষ্পত্তি  ";
        Assert.Equal(line, RepoData.Repairer.RepairLine(line));
    }
}
