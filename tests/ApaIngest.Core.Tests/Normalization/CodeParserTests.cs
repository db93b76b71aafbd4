using ApaIngest.Core.Normalization;

namespace ApaIngest.Core.Tests.Normalization;

public class CodeParserTests
{
    [Theory]
    [InlineData("[১.১.১]", "1.1.1")]
    [InlineData("১.১.১)", "1.1.1")]
    [InlineData("১.১.১", "1.1.1")]
    [InlineData("[1.1.1]", "1.1.1")]
    [InlineData("১.১.১]", "1.1.1")]
    [InlineData("[১.১.১", "1.1.1")]
    [InlineData("[১.১০.১] পদক্ষেপ গ্রহণ সংখ্যা", "1.10.1")]
    [InlineData("১) ভূমি ব্যবস্থাপনা", "1")]
    [InlineData("[২]", "2")]
    [InlineData("০১", "1")]
    [InlineData("[১ . ২ . ৩]", "1.2.3")]
    public void Parse_PrintedForms_Ascii(string raw, string expected)
    {
        Assert.Equal(expected, CodeParser.Parse(raw));
    }

    [Theory]
    [InlineData("ভূমি ব্যবস্থাপনা")]
    [InlineData("")]
    public void Parse_NoCode_Null(string raw)
    {
        Assert.Null(CodeParser.Parse(raw));
    }

    [Fact]
    public void Parse_BracketReadAsOneWithParent_DropsIt()
    {
        // police seed: "১১.১.১)" where the page has "[১.১.১]"
        Assert.Equal("1.1.1", CodeParser.Parse("১১.১.১)", "1.1"));
        Assert.Equal("11.1.1", CodeParser.Parse("১১.১.১)", "11.1"));
    }

    [Fact]
    public void Nests_ChildAndGrandchild_OnlyChild()
    {
        Assert.True(CodeParser.Nests("1.2.3", "1.2"));
        Assert.False(CodeParser.Nests("1.2.3", "1"));
        Assert.False(CodeParser.Nests("1.23", "1.2"));
    }
}
