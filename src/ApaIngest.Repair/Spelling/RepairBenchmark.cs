using System.Diagnostics;
using ApaIngest.Core.Pages;
using ApaIngest.Repair.Ml;

namespace ApaIngest.Repair.Spelling;

/// <summary>
/// Throughput of the dictionary repair on one thread. Wall time and process CPU time (all threads: the JIT's and the GC's
/// background work included) are both reported; on a shared machine the CPU time is the fairer per-core figure.
/// </summary>
public static class RepairBenchmark
{
    public sealed record Result(int Tokens, int Changed, double Seconds, double CpuSeconds)
    {
        public double TokensPerSecond => Tokens / Seconds;

        public double TokensPerCpuSecond => Tokens / CpuSeconds;
    }

    /// <summary>A repairer over the same lexicons, index and model with an empty candidate cache (a new document's words unseen).</summary>
    public static LexiconWordRepairer WithEmptyCache(LexiconWordRepairer repairer) =>
        new(new WordCorrector(repairer.Corrector.Generator, repairer.Corrector.Classifier));

    /// <summary>
    /// Forgets every memoised confusion cost (cluster-pair costs, split costs, the interned cluster table) and interns the
    /// lexicon again, as at load; returns the seconds the re-interning took (a load cost, not timed in a pass).
    /// </summary>
    public static double ForgetCosts(LexiconWordRepairer repairer)
    {
        OcrConfusion.ClearCaches();
        var watch = Stopwatch.StartNew();
        repairer.Corrector.Generator.Prepare();
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>One pass of <see cref="LexiconWordRepairer.RepairLine"/> over the lines, as they come (whatever the caches hold).</summary>
    public static Result Cold(LexiconWordRepairer repairer, IReadOnlyList<string> lines, TimeSpan? budget = null)
    {
        var tokens = 0;
        var changed = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var line in lines)
        {
            var output = repairer.RepairLine(line);
            tokens += line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
            changed += output == line ? 0 : 1;
            if (budget is { } b && watch.Elapsed > b)
            {
                break;
            }
        }

        return new Result(tokens, changed, watch.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>One pass of <see cref="LexiconWordRepairer.Repair"/> over OCR pages (the pairs grouped by page, boxes and confidences as read).</summary>
    public static Result Pages(LexiconWordRepairer repairer, IReadOnlyList<OcrPair> pairs)
    {
        var pages = pairs.GroupBy(p => p.Page).Select(g => g.OrderBy(p => p.Index).ToArray()).ToArray();
        var tokens = 0;
        var changed = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var rows in pages)
        {
            var page = new PageContent
            {
                PageNumber = 1, Width = 600, Height = 850,
                Words = [.. rows.Select(r => new Word(r.Ocr, r.Box) { Confidence = r.Confidence, Origin = WordOrigin.Ocr })],
            };
            var repaired = repairer.RepairWords(page.Words);
            tokens += rows.Length;
            for (var i = 0; i < rows.Length; i++)
            {
                changed += ReferenceEquals(repaired.Words[repaired.ResultOf(i)], page.Words[i]) ? 0 : 1;
            }
        }

        return new Result(tokens, changed, watch.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
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
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
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

        return new Result(tokens, changed, watch.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }
}
