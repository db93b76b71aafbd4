using ApaIngest.Cli.Tests.Support;

namespace ApaIngest.Cli.Tests;

public sealed class HelpTests
{
    [Fact]
    public async Task Help_Root_ListsEveryCommandOfTheContract()
    {
        var run = await Apa.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "extract", "text", "repair", "ingest", "eval", "db" })
        {
            Assert.Contains(command + " ", run.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("text")]
    [InlineData("repair")]
    [InlineData("ingest")]
    [InlineData("eval")]
    [InlineData("db")]
    [InlineData("catalog")]
    [InlineData("train")]
    public async Task Help_EachCommand_ExitsZeroWithUsage(string command)
    {
        var run = await Apa.RunAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_UnknownOption_ExitsTwo()
    {
        var run = await Apa.RunAsync("extract", "--no-such-option", "x.pdf");

        Assert.Equal(2, run.ExitCode);
    }
}
