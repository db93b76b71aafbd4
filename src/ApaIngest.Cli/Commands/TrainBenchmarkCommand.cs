using System.CommandLine;
using System.Diagnostics;
using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Ml;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Cli.Commands;

/// <summary>
/// apa train benchmark: the dictionary repair's throughput on one thread (docs/performance.md, issue 6). For the rule-only
/// and the model repairer: load; a JIT warm-up on other text (the synthetic pages, as written and as OCR read them); then (a) the seed texts with
/// an empty candidate cache (the cost tables as the warm-up left them), (a') the same with the cost tables forgotten too,
/// (b) every OCR-pair page (garbled text) with empty caches, and the warm steady state.
/// </summary>
internal static class TrainBenchmarkCommand
{
    private static readonly TimeSpan WarmUpBudget = TimeSpan.FromSeconds(10);

    private static readonly Option<bool> NoPairsOption = new("--no-pairs") { Description = "skip the (slow) cold pass over the OCR pairs" };

    public static Command Create()
    {
        var command = new Command("benchmark", "Measure the dictionary repair's throughput on one thread: seed texts cache-cold and warm, OCR pairs cold (docs/performance.md)");
        command.Options.Add(NoPairsOption);
        command.SetAction((ParseResult p, CancellationToken _) =>
        {
            var root = RepoPaths.RequireRoot();
            var seeds = Directory.GetFiles(Path.Combine(root, "data", "seeds"), "*.txt").Order(StringComparer.Ordinal).SelectMany(File.ReadLines).ToArray();
            var pairs = OcrPair.ReadAll(Path.Combine(root, RepairTraining.PairsPath));
            var warmUp = SyntheticLines(pairs);
            foreach (var useModel in new[] { false, true })
            {
                Run(root, useModel, seeds, warmUp, p.GetValue(NoPairsOption) ? null : pairs);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void Run(string root, bool useModel, string[] seeds, string[] warmUp, IReadOnlyList<OcrPair>? pairs)
    {
        var name = useModel ? "model" : "rule only";
        var watch = Stopwatch.StartNew();
        var loaded = LexiconWordRepairer.Load(root, useModel);
        var load = watch.Elapsed.TotalSeconds;
        var intern = RepairBenchmark.ForgetCosts(loaded);
        Console.WriteLine($"{name}: load {load:0.0} s (of it interning the lexicon's clusters {intern:0.00} s)");

        var warmTokens = 0;
        var warmWatch = Stopwatch.StartNew();
        while (warmWatch.Elapsed < WarmUpBudget)
        {
            warmTokens += RepairBenchmark.Cold(RepairBenchmark.WithEmptyCache(loaded), warmUp, WarmUpBudget - warmWatch.Elapsed).Tokens;
        }

        Console.WriteLine($"  JIT warm-up: {warmTokens} tokens of the synthetic pages (truth and OCR) in {warmWatch.Elapsed.TotalSeconds:0.00} s");
        // one pass over the seeds is ~0.2 s, short enough for a GC or the scheduler to move it by 10 %: report the median of several
        var passes = new List<RepairBenchmark.Result>();
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        for (var i = 0; i < Passes; i++)
        {
            passes.Add(RepairBenchmark.Cold(RepairBenchmark.WithEmptyCache(loaded), seeds));
            if (i == 0)
            {
                (jitMethods, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods, System.Runtime.JitInfo.GetCompilationTime() - jitTime);
            }
        }

        Console.WriteLine($"  (a) seeds, JIT warm, candidate cache empty, {Passes} passes: median {Median(passes)}; range {Range(passes)}; JIT during pass 1: {jitMethods} methods, {jitTime.TotalMilliseconds:0} ms");

        var coldCosts = new List<RepairBenchmark.Result>();
        for (var i = 0; i < Passes; i++)
        {
            RepairBenchmark.ForgetCosts(loaded);
            coldCosts.Add(RepairBenchmark.Cold(RepairBenchmark.WithEmptyCache(loaded), seeds));
        }

        Console.WriteLine($"  (a') seeds, JIT warm, candidate cache and cost tables empty, {Passes} passes: median {Median(coldCosts)}; range {Range(coldCosts)}");

        if (pairs is not null)
        {
            RepairBenchmark.ForgetCosts(loaded);
            var ocr = RepairBenchmark.Pages(RepairBenchmark.WithEmptyCache(loaded), pairs);
            Console.WriteLine($"  (b) OCR pairs (garbled), candidate cache and cost tables empty: {Describe(ocr)}; {ocr.Changed} words changed");
        }

        var steady = RepairBenchmark.Run(RepairBenchmark.WithEmptyCache(loaded), seeds);
        Console.WriteLine($"  warm (candidates cached): {Describe(steady)}; {steady.Changed} lines changed");
    }

    /// <summary>Timed passes per measurement (odd: the median is one of them).</summary>
    private const int Passes = 7;

    private static string Median(List<RepairBenchmark.Result> results) => Describe(results.OrderBy(r => r.Seconds).ElementAt(results.Count / 2));

    private static string Range(List<RepairBenchmark.Result> results) =>
        $"{results.Min(r => r.TokensPerSecond):0}–{results.Max(r => r.TokensPerSecond):0} tokens/s";

    private static string Describe(RepairBenchmark.Result r) =>
        $"{r.Tokens} tokens in {r.Seconds:0.000} s = {r.TokensPerSecond:0} tokens/s (CPU {r.CpuSeconds:0.000} s = {r.TokensPerCpuSecond:0} tokens/CPU-s)";

    /// <summary>
    /// The synthetic pages (domain-lexicon words with numbers and codes, not the seed texts), 12 tokens to a line, each line
    /// as written and as OCR read it: clean and garbled text for warming the code up.
    /// </summary>
    private static string[] SyntheticLines(IReadOnlyList<OcrPair> pairs) =>
    [
        .. pairs.Where(p => p.Page.StartsWith("synthetic/", StringComparison.Ordinal))
            .OrderBy(p => p.Page, StringComparer.Ordinal).ThenBy(p => p.Index)
            .Chunk(12)
            .SelectMany(chunk => new[] { string.Join(' ', chunk.Select(p => p.Truth)), string.Join(' ', chunk.Select(p => p.Ocr)) }),
    ];
}
