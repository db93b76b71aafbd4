using System.Diagnostics;
using System.Globalization;
using ApaIngest.Ocr;
using ApaIngest.Ocr.Engine;
using ApaIngest.Ocr.Imaging;
using ApaIngest.Ocr.Recognition;

namespace ApaIngest.Bench.Ocr;

/// <summary>
/// `bench-ocr run`: the same page images through this project's OCR path (in-process, one engine, OMP_THREAD_LIMIT=1)
/// and through the plain `tesseract IMG stdout -l ben+eng --dpi D` command; prints seconds per page and character
/// accuracy as markdown. Inputs: data/pdf/freedom-fight (gold: its correct text layer), corpus/*.scan300|scan200.pdf
/// (gold: corpus/gold/NAME.txt), and a word check on the garbled real PDFs.
/// </summary>
internal static class BenchCommand
{
    private sealed record Sample(string Variant, string Name, int Page, string ImagePath, int Dpi, string? Gold);

    private sealed class Tally
    {
        public int Pages;
        public double OursSeconds;
        public double PlainSeconds;
        public double PlainCpuSeconds;
        public double PlainOneThreadSeconds;
        public int OursErrors;
        public int OursFlexErrors;
        public int PlainFlexErrors;
        public int PlainErrors;
        public int GoldChars;
        public int OursNumeric;
        public int PlainNumeric;
        public int GoldNumeric;
    }

    public static Task<int> RunAsync(string[] args)
    {
        var options = ParseOptions(args, out var maxDocs, out var skipPlain, out var only);
        var root = RepoRoot();
        var work = Directory.CreateTempSubdirectory("bench-ocr-").FullName;
        try
        {
            var samples = Samples(root, work, maxDocs, only).ToList();
            var init = Stopwatch.StartNew();
            using var engine = new TesseractEngine(options.Languages, options.TessdataPath);
            init.Stop();
            var recognizer = new ImageRecognizer(options);
            var tallies = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
            foreach (var sample in samples)
            {
                var tally = tallies.TryGetValue(sample.Variant, out var t) ? t : tallies[sample.Variant] = new Tally();
                var watch = Stopwatch.StartNew();
                using var pix = Pix.Decode(File.ReadAllBytes(sample.ImagePath));
                var result = recognizer.Recognize(engine, pix, sample.Dpi, CancellationToken.None);
                watch.Stop();
                var ours = ReadingOrder.Text(result.Words);
                tally.Pages++;
                tally.OursSeconds += watch.Elapsed.TotalSeconds;
                string? plain = null;
                if (!skipPlain)
                {
                    var tessArgs = new[] { sample.ImagePath, "stdout", "-l", options.Languages, "--dpi", sample.Dpi.ToString() };
                    var run = Tools.Run("tesseract", tessArgs, new Dictionary<string, string?> { ["OMP_THREAD_LIMIT"] = null }, measureCpu: true);
                    plain = run.Stdout;
                    tally.PlainSeconds += run.Wall.TotalSeconds;
                    tally.PlainCpuSeconds += run.Cpu.TotalSeconds;
                    var single = Tools.Run("tesseract", tessArgs, new Dictionary<string, string?> { ["OMP_THREAD_LIMIT"] = "1" });
                    tally.PlainOneThreadSeconds += single.Wall.TotalSeconds;
                }

                Console.Error.WriteLine($"{sample.Variant} {sample.Name} p{sample.Page}: ours {watch.Elapsed.TotalSeconds:F1}s, {result.Words.Count} words, {result.Rulings.Count} rulings, {result.Cells.Count} cells, {result.CellsReread} re-read, skew {result.SkewDegrees:F2}");
                if (Environment.GetEnvironmentVariable("BENCH_TEXT_DIR") is { } textDir)
                {
                    Directory.CreateDirectory(textDir);
                    File.WriteAllText(Path.Combine(textDir, $"{sample.Variant}-{sample.Name}-p{sample.Page}.ours.txt"), ours);
                    if (plain is not null)
                    {
                        File.WriteAllText(Path.Combine(textDir, $"{sample.Variant}-{sample.Name}-p{sample.Page}.plain.txt"), plain);
                    }
                }

                if (sample.Gold is not null)
                {
                    var (errors, length) = TextMetrics.CharErrors(sample.Gold, ours);
                    tally.OursErrors += errors;
                    tally.OursFlexErrors += TextMetrics.FlexibleCharErrors(sample.Gold, ours).Errors;
                    tally.GoldChars += length;
                    var (found, total) = TextMetrics.NumericRecall(sample.Gold, ours);
                    tally.OursNumeric += found;
                    tally.GoldNumeric += total;
                    if (plain is not null)
                    {
                        tally.PlainErrors += TextMetrics.CharErrors(sample.Gold, plain).Errors;
                        tally.PlainFlexErrors += TextMetrics.FlexibleCharErrors(sample.Gold, plain).Errors;
                        tally.PlainNumeric += TextMetrics.NumericRecall(sample.Gold, plain).Found;
                    }
                }
                else
                {
                    CheckWords(sample, ours, plain);
                }
            }

            Print(tallies, init.Elapsed, options, skipPlain);
            return Task.FromResult(0);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static readonly string[] ExpectedRealWords = ["কর্ম-পরিকল্পনার", "বাস্তবায়ন", "কার্যক্রমের", "উপজেলা", "পরিষদের"];

    private static void CheckWords(Sample sample, string ours, string? plain)
    {
        var oursText = ApaIngest.Core.Text.BanglaText.Normalize(ours);
        var plainText = plain is null ? string.Empty : ApaIngest.Core.Text.BanglaText.Normalize(plain);
        var found = ExpectedRealWords.Where(w => oursText.Contains(w, StringComparison.Ordinal)).ToList();
        var plainFound = ExpectedRealWords.Where(w => plainText.Contains(w, StringComparison.Ordinal)).ToList();
        if (found.Count > 0 || plainFound.Count > 0)
        {
            Console.WriteLine($"words {sample.Name} p{sample.Page}: ours [{string.Join(", ", found)}] plain [{string.Join(", ", plainFound)}]");
        }
    }

    private static void Print(SortedDictionary<string, Tally> tallies, TimeSpan init, OcrOptions options, bool skipPlain)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"tesseract {TesseractEngine.Version}, {Environment.ProcessorCount} cores, engine init {init.TotalSeconds:F2}s (once per engine), page mode {options.PageMode}");
        Console.WriteLine();
        Console.WriteLine("| variant | pages | ours s/page | plain s/page (default OpenMP) | plain CPU s/page | plain s/page (OMP_THREAD_LIMIT=1) | ours char acc | plain char acc | ours flexible char acc | plain flexible char acc | ours numeric recall | plain numeric recall |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (variant, t) in tallies)
        {
            string Acc(int errors) => t.GoldChars == 0 ? "-" : (1 - (errors / (double)t.GoldChars)).ToString("P1", inv).Replace(" %", "%");
            string Rec(int found) => t.GoldNumeric == 0 ? "-" : $"{found / (double)t.GoldNumeric:P1} ({found}/{t.GoldNumeric})".Replace(" %", "%");
            string Sec(double s) => skipPlain && s == 0 ? "-" : (s / t.Pages).ToString("F2", inv);
            Console.WriteLine($"| {variant} | {t.Pages} | {Sec(t.OursSeconds)} | {Sec(t.PlainSeconds)} | {Sec(t.PlainCpuSeconds)} | {Sec(t.PlainOneThreadSeconds)} | {Acc(t.OursErrors)} | {(skipPlain ? "-" : Acc(t.PlainErrors))} | {Acc(t.OursFlexErrors)} | {(skipPlain ? "-" : Acc(t.PlainFlexErrors))} | {Rec(t.OursNumeric)} | {(skipPlain ? "-" : Rec(t.PlainNumeric))} |");
        }
    }

    private static int firstPage = 1;
    private static int lastPage = int.MaxValue;
    private static int realPages = 3;

    private static IEnumerable<Sample> Samples(string root, string work, int maxDocs, string? only) =>
        AllSamples(root, work, maxDocs, only).Where(s => only is null || s.Variant == only);

    private static IEnumerable<Sample> AllSamples(string root, string work, int maxDocs, string? only)
    {
        var clean = Path.Combine(root, "data/pdf/freedom-fight-notosans-clean.pdf");
        for (var page = 1; page <= Tools.PageCount(clean) && only is null or "clean-render300"; page++)
        {
            yield return new Sample("clean-render300", "freedom-fight", page, Tools.Rasterize(clean, page, 300, work), 300, Tools.PdfText(clean, page));
        }


        foreach (var variant in new[] { "scan300", "scan200" }.Where(v => only is null || only == v))
        {
            var pdfs = Directory.Exists(Path.Combine(root, "corpus"))
                ? Directory.GetFiles(Path.Combine(root, "corpus"), $"*.{variant}.pdf").Order(StringComparer.Ordinal).Take(maxDocs).ToList()
                : [];
            foreach (var pdf in pdfs)
            {
                var name = Path.GetFileName(pdf)[..^$".{variant}.pdf".Length];
                var goldPath = Path.Combine(root, "corpus/gold", name + ".txt");
                var goldPages = File.Exists(goldPath) ? File.ReadAllText(goldPath).Split('\f') : [];
                var dpi = variant == "scan300" ? 300 : 200;
                for (var page = Math.Max(1, firstPage); page <= Math.Min(lastPage, Tools.PageCount(pdf)); page++)
                {
                    var image = Tools.EmbeddedImage(pdf, page, work) ?? Tools.Rasterize(pdf, page, dpi, work);
                    yield return new Sample(variant, name, page, image, dpi, page <= goldPages.Length ? goldPages[page - 1] : null);
                }
            }
        }

        foreach (var real in new[] { "mpdf-form-a-nikosh-garbled.pdf", "mpdf-form-b-nikosh-garbled.pdf", "ibas-faq-nikosh-garbled.pdf" }.Where(_ => only is null or "real-render300"))
        {
            var pdf = Path.Combine(root, "data/pdf", real);
            var pages = Math.Min(Tools.PageCount(pdf), realPages);
            for (var page = 1; page <= pages; page++)
            {
                yield return new Sample("real-render300", Path.GetFileNameWithoutExtension(real), page, Tools.Rasterize(pdf, page, 300, work), 300, null);
            }
        }
    }

    private static OcrOptions ParseOptions(string[] args, out int maxDocs, out bool skipPlain, out string? only)
    {
        var options = new OcrOptions();
        only = null;
        maxDocs = 2;
        skipPlain = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--psm":
                    options = options with { PageMode = (PageSegMode)int.Parse(args[++i]) };
                    break;
                case "--no-tables":
                    options = options with { DetectTables = false };
                    break;
                case "--no-deskew":
                    options = options with { Deskew = false };
                    break;
                case "--docs":
                    maxDocs = int.Parse(args[++i]);
                    break;
                case "--pages":
                    var range = args[++i].Split('-');
                    firstPage = int.Parse(range[0]);
                    lastPage = int.Parse(range[^1]);
                    break;
                case "--real-pages":
                    realPages = int.Parse(args[++i]);
                    break;
                case "--only":
                    only = args[++i];
                    break;
                case "--stamp-filter":
                    options = options with { SuppressLightInk = true };
                    break;
                case "--cell-retry":
                    options = options with { CellRetryConfidence = double.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                case "--binary":
                    options = options with { RecognizeBinary = true };
                    break;
                case "--no-plain":
                    skipPlain = true;
                    break;
                default:
                    throw new ArgumentException("unknown option " + args[i]);
            }
        }

        return options;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ApaIngest.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ApaIngest.sln not found");
    }
}
