using ApaIngest.Catalog.Matching;
using ApaIngest.Core.Documents;

namespace ApaIngest.Catalog.Tests;

public class CanonicalMatcherTests
{
    private static readonly CanonicalMatcher Matcher = new(TestCatalogs.CanonicalNamesOnly());

    private static MatchQuery Governance(string code, string activity, string name) =>
        new(name, activity, Units.Score, Calculations.Cumulative, Groups.Governance, code);

    [Fact]
    public void Match_IntegrityPlanWordedByIctAndByPoliceAnnex_LandOnOneId()
    {
        // Khulna ICT 2024-25 section 3 row 1.1.1, and KMP South's annex 4 title wording "জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা".
        var ict = Matcher.Match(Governance("1.1.1", "শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়ন", "শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়িত"));
        var police = Matcher.Match(new MatchQuery("জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা বাস্তবায়িত", Group: Groups.Governance));

        Assert.Equal("gov.integrity-plan", ict.Id);
        Assert.Equal("gov.integrity-plan", police.Id);
    }

    [Fact]
    public void Match_EGovernancePlanCleanAndGarbled_LandOnOneId()
    {
        // ICT 2024-25 row 1.2.1 (with the scan's stray space) vs Koyra 2023-24 row 1.2.1 as recognised: "উচ্চমান কর্মসম্পাদন".
        const string garbled = "ই-গভর্ন্যান্স/ উচ্চমান কর্মসম্পাদন বাস্তবায়িত";
        Assert.DoesNotContain(Matcher.Catalog.Entries, e => e.AllNames().Contains(garbled));

        var ict = Matcher.Match(Governance("1.2.1", "ই-গভর্ন্যান্স/ উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন", "ই- গভর্ন্যান্স/ উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়িত"));
        var koyra = Matcher.Match(Governance("1.2.1", "ই-গভর্ন্যান্স/ উচ্চমান কর্মসম্পাদন বাস্তবায়ন", garbled));

        Assert.Equal("gov.egov-innovation-plan", ict.Id);
        Assert.Equal("gov.egov-innovation-plan", koyra.Id);
    }

    [Theory]
    [InlineData("1.1.1", "শুল্কসেবা কর্মসম্পাদন বাস্তবায়ন", "শুল্কসেবা কর্মসম্পাদন বাস্তবায়িত", "gov.integrity-plan")]
    [InlineData("1.2.1", "ই-গভর্ন্যান্স/ উচ্চমান কর্মসম্পাদন বাস্তবায়ন", "ই-গভর্ন্যান্স/ উচ্চমান কর্মসম্পাদন বাস্তবায়িত", "gov.egov-innovation-plan")]
    [InlineData("1.3.1", "অভিযোগ প্রতিকার কর্মসম্পাদন বাস্তবায়ন", "অভিযোগ প্রতিকার কর্মসম্পাদন বাস্তবায়িত", "gov.grievance-redress-plan")]
    [InlineData("1.4.1", "সেবা প্রদান প্রতিশ্রুতি কর্মসম্পাদন বাস্তবায়ন", "সেবা প্রদান প্রতিশ্রুতি কর্মসম্পাদন বাস্তবায়িত", "gov.citizen-charter-plan")]
    [InlineData("1.5.1", "তথ্য অধিকার কর্মসম্পাদন বাস্তবায়ন", "তথ্য অধিকার কর্মসম্পাদন বাস্তবায়িত", "gov.rti-plan")]
    public void Match_KoyraGovernanceRowsAsRecognised_GetTheFivePlans(string code, string activity, string name, string expected)
    {
        // Koyra UNO 2023-24 section 3, governance area, as the scan was read ("কর্মসম্পাদন" for "কর্মপরিকল্পনা").
        Assert.Equal(expected, Matcher.Match(Governance(code, activity, name)).Id);
    }

    [Theory]
    [InlineData("শূক্কাচার কর্মপরিকল্পনা বাস্তবায়িত", "gov.integrity-plan")]
    [InlineData("অভিযোগ প্রতিকার কর্মপরিকল্পনা বান্তবায়িত", "gov.grievance-redress-plan")]
    [InlineData("তথ্য অধিকার কর্মপরিকল্পলা বাস্তবায়িত", "gov.rti-plan")]
    public void Match_OcrMisreadLettersWithoutCodeOrUnit_StillMatch(string name, string expected)
    {
        // Misreadings of the kind the seeds show (শূক্কাচার for শুদ্ধাচার; ন্ত/ন্ত, ন/ল swaps), no code to lean on.
        var match = Matcher.Match(new MatchQuery(name));
        Assert.False(match.IsProvisional);
        Assert.Equal(expected, match.Id);
    }

    [Fact]
    public void Match_RtiAnnexRowOfTwoOffices_LandOnOneId()
    {
        // Annex 8 row 1.1: Koyra UNO 2023-24 and KMP South 2023-24 word the indicator differently.
        var koyra = Matcher.Match(new MatchQuery(
            "নির্ধারিত সময়ের মধ্যে তথ্য প্রাপ্তির আবেদন নিষ্পত্তি", "তথ্য অধিকার আইন অনুযায়ী নির্ধারিত সময়ের মধ্যে তথ্য প্রাপ্তির আবেদন নিষ্পত্তি", Units.Percent));
        var police = Matcher.Match(new MatchQuery(
            "নির্ধারিত সময়ের মধ্যে তথ্য প্রদানকৃত", "তথ্য অধিকার আইন অনুযায়ী নির্ধারিত সময়ের মধ্যে তথ্য প্রদান", Units.Percent));

        Assert.Equal("plan.rti.requests-resolved", koyra.Id);
        Assert.Equal("plan.rti.requests-resolved", police.Id);
    }

    [Fact]
    public void Match_SameGenericNameUnderOfficeActivities_StaysOutOfTheGovernancePlans()
    {
        // Koyra 2.1.1 "সিদ্ধান্ত বাস্তবায়িত": an office indicator; no governance plan or annex row is it.
        var match = Matcher.Match(new MatchQuery("সিদ্ধান্ত বাস্তবায়িত", "উপজেলা মাসিক সভার সিদ্ধান্ত বাস্তবায়ন", Units.Percent, Calculations.Average, Groups.Office, "2.1.1"));
        Assert.True(match.IsProvisional);
    }

    [Fact]
    public void Match_UnrelatedOfficeIndicators_GetDifferentIds()
    {
        var catalog = new IndicatorCatalog(
        [
            TestCatalogs.Office("dev.market-monitoring", "বাজার মনিটরিং সংখ্যা", "গ্রামীণ বাজার মূল্য স্থিতিশীল রাখতে পদক্ষেপ গ্রহণ, বাজার মনিটরিং বৃদ্ধি", Units.Count),
            TestCatalogs.Office("social.houses-for-homeless", "নির্মিত গৃহের সংখ্যা", "গৃহহীনদের জন্য গৃহনির্মাণ", Units.Count),
        ]);
        var matcher = new CanonicalMatcher(catalog);

        // Koyra 2.4.1 and 1.8.1 as printed in section 3.
        var market = matcher.Match(new MatchQuery("বাজার মনিটরিং সংখ্যা", "গ্রামীন বাজার মূল্য স্থিতিশীল রাখতে পদক্ষেপ গ্রহণ, বাজার মনিটরিং বৃদ্ধি", Units.Count, Calculations.Sum, Groups.Office));
        var houses = matcher.Match(new MatchQuery("গৃহনির্মাণের সংখ্যা", "গৃহনির্মাণের জন্য গৃহনির্মাণ করা", Units.Count, Calculations.Sum, Groups.Office));

        Assert.Equal("dev.market-monitoring", market.Id);
        Assert.Equal("social.houses-for-homeless", houses.Id);
    }

    [Fact]
    public void Match_GenericNameUnderTwoActivities_TheActivityDecides()
    {
        var catalog = new IndicatorCatalog(
        [
            TestCatalogs.Office("land.union-land-office-inspection", "ইউনিয়ন ভূমি অফিস পরিদর্শন সংখ্যা", "ইউনিয়ন ভূমি অফিস পরিদর্শন", Units.Count, "পরিদর্শন সংখ্যা"),
            TestCatalogs.Office("dev.project-inspection", "উন্নয়ন প্রকল্প পরিদর্শন সংখ্যা", "উন্নয়ন প্রকল্প পরিদর্শন", Units.Count, "পরিদর্শন সংখ্যা"),
        ]);
        var matcher = new CanonicalMatcher(catalog);

        // Koyra 1.2.1 and 2.2.1: both "পরিদর্শন সংখ্যা".
        var land = matcher.Match(new MatchQuery("পরিদর্শন সংখ্যা", "ইউনিয়ন ভূমি অফিস পরিদর্শন", Units.Count));
        var project = matcher.Match(new MatchQuery("পরিদর্শন সংখ্যা", "উন্নয়ন প্রকল্পের/ কার্যক্রমের মান নিশ্চিত করে পরিদর্শন করা", Units.Count));

        Assert.Equal("land.union-land-office-inspection", land.Id);
        Assert.Equal("dev.project-inspection", project.Id);
    }

    [Fact]
    public void Process_Document_SetsEveryCanonicalIdAndIsRepeatable()
    {
        var document = new ApaDocument
        {
            Source = new SourceInfo("x.pdf", "0", 1, TextSources.TextLayer),
            Agreement = new AgreementInfo { Signatory = new Party("উপজেলা নির্বাহী অফিসার", "উপজেলা নির্বাহী অফিসারের কার্যালয়, কয়রা, খুলনা") },
            Indicators =
            [
                Row(Groups.Office, "2.1.1", "উপজেলা মাসিক সভার সিদ্ধান্ত বাস্তবায়ন", "সিদ্ধান্ত বাস্তবায়িত", Units.Percent),
                Row(Groups.Governance, "1.1.1", "শুল্কসেবা কর্মসম্পাদন বাস্তবায়ন", "শুল্কসেবা কর্মসম্পাদন বাস্তবায়িত", Units.Score),
            ],
        };

        var first = Matcher.Process(document);
        var second = new CanonicalMatcher(TestCatalogs.CanonicalNamesOnly()).Process(document);

        Assert.All(first.Indicators, i => Assert.False(string.IsNullOrEmpty(i.CanonicalId)));
        Assert.Equal("gov.integrity-plan", first.Indicators[1].CanonicalId);
        Assert.StartsWith("prov.", first.Indicators[0].CanonicalId, StringComparison.Ordinal);
        Assert.Equal(ApaDocumentJson.Serialize(first), ApaDocumentJson.Serialize(second));
    }

    private static Indicator Row(string group, string code, string activity, string name, string unit) => new()
    {
        Group = group,
        AreaCode = code[..1],
        ActivityCode = code[..3],
        Activity = activity,
        Code = code,
        Name = name,
        Unit = unit,
    };
}
