using ApaIngest.Data.Offices;

namespace ApaIngest.Data.Tests.Offices;

public sealed class OfficeClassifierTests
{
    [Fact]
    public void Classify_UpazilaOfficeOfSeed_PlacesItInKoyraKhulna()
    {
        var office = OfficeClassifier.Default.Classify("উপজেলা নির্বাহী অফিসারের কার্যালয়, কয়রা");
        Assert.Equal("upazila", office.Kind);
        Assert.Equal(OfficeNames.Normalize("কয়রা"), office.Upazila);
        Assert.Equal(OfficeNames.Normalize("খুলনা"), office.District);
        Assert.Equal(OfficeNames.Normalize("খুলনা"), office.Division);
    }

    [Fact]
    public void Classify_DistrictOfficeOfDepartment_KeepsTheDepartment()
    {
        var office = OfficeClassifier.Default.Classify("প্রোগ্রামার, জেলা কার্যালয়, খুলনা, আইসিটি অধিদপ্তর");
        Assert.Equal("district", office.Kind);
        Assert.Equal(OfficeNames.Normalize("খুলনা"), office.District);
        Assert.Null(office.Upazila);
        Assert.Equal(OfficeNames.NormalizeKeepingCommas("আইসিটি অধিদপ্তর"), office.Ministry);
    }

    [Fact]
    public void Classify_SupervisorWithGenitiveSuffix_StillFindsTheDistrict()
    {
        var office = OfficeClassifier.Default.Classify("জেলা প্রশাসক, জেলা প্রশাসকের কার্যালয়, খুলনা-এর");
        Assert.Equal("district", office.Kind);
        Assert.Equal(OfficeNames.Normalize("খুলনা"), office.District);
    }

    [Fact]
    public void Classify_Ministry_IsMinistryWithoutPlace()
    {
        var office = OfficeClassifier.Default.Classify("জনপ্রশাসন মন্ত্রণালয়");
        Assert.Equal("ministry", office.Kind);
        Assert.Null(office.District);
    }

    [Fact]
    public void Normalize_PunctuationAndSpacing_GiveOneName()
    {
        Assert.Equal(OfficeNames.Normalize("জেলা প্রশাসকের কার্যালয়, খুলনা"), OfficeNames.Normalize("জেলা  প্রশাসকের কার্যালয় খুলনা।"));
    }
}
