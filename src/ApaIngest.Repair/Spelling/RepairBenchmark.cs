using System.Diagnostics;

namespace ApaIngest.Repair.Spelling;

/// <summary>Throughput of the line repair on one thread: tokens per second over the given lines, repeated to at least <c>minTokens</c>.</summary>
public static class RepairBenchmark
{
    public sealed record Result(int Tokens, int Changed, double Seconds)
    {
        public double TokensPerSecond => Tokens / Seconds;
    }

    /// <summary>One pass over lines never seen before (cold caches): the cost of a new document.</summary>
    public static Result Cold(LexiconWordRepairer repairer, IReadOnlyList<string> lines)
    {
        var tokens = 0;
        var changed = 0;
        var watch = Stopwatch.StartNew();
        foreach (var line in lines)
        {
            var output = repairer.RepairLine(line);
            tokens += line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
            changed += output == line ? 0 : 1;
        }

        return new Result(tokens, changed, watch.Elapsed.TotalSeconds);
    }

    /// <summary>Repeated passes after a warm-up pass (candidate cache filled): the steady state of an archive run.</summary>
    public static Result Run(LexiconWordRepairer repairer, IReadOnlyList<string> lines, int minTokens = 200_000)
    {
        foreach (var line in lines)
        {
            repairer.RepairLine(line); // warm up: JIT, caches
        }

        var tokens = 0;
        var changed = 0;
        var watch = Stopwatch.StartNew();
        while (tokens < minTokens)
        {
            foreach (var line in lines)
            {
                var output = repairer.RepairLine(line);
                tokens += line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
                changed += ReferenceEquals(output, line) || output == line ? 0 : 1;
            }
        }

        return new Result(tokens, changed, watch.Elapsed.TotalSeconds);
    }
}
