using System.Diagnostics;
using System.Globalization;
using System.Text;
using ApaIngest.Core.Pages;
using ApaIngest.Core.Text;

namespace ApaIngest.Repair.Ml;

/// <summary>
/// Makes (OCR token, true token) pairs the project owns: renders true text pages to images with Tesseract's text2image
/// (several Bangla fonts, sizes, resolutions, degraded like a scan), reads them back with the tesseract command, and
/// aligns the words with the truth (<see cref="TokenAligner"/>). One page in five is held out for evaluation, by source text.
/// </summary>
public sealed class OcrPairGenerator
{
    private static readonly string[] Fonts =
    [
        "Lohit Bengali", "Noto Sans Bengali", "Noto Serif Bengali", "Mukti Medium", "Likhan Medium", "Ani", "Mitra",
        "Jamrul Medium Semi-Expanded",
    ];

    /// <summary>Small type at 100–150 dpi: harsher than the archive's scans (about half the words come back garbled).</summary>
    public static readonly IReadOnlyList<(int PtSize, int Resolution)> LowResolution = [(10, 120), (9, 150), (12, 100), (11, 110), (10, 150), (8, 150)];

    /// <summary>Body-text sizes at 200 and 300 dpi, the resolutions the archive is scanned at (the corpus's scan200/scan300).</summary>
    public static readonly IReadOnlyList<(int PtSize, int Resolution)> ScanResolution = [(10, 200), (11, 300), (9, 200), (10, 300), (12, 200), (9, 300)];

    /// <summary>Type sizes and resolutions the renders cycle through (default <see cref="LowResolution"/>).</summary>
    public IReadOnlyList<(int PtSize, int Resolution)> Sizes { get; init; } = LowResolution;

    public int Jobs { get; init; } = 1;

    /// <summary>How many differently rendered copies of each text page to make.</summary>
    public int RendersPerPage { get; init; } = 2;

    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>Whether every fifth page is held out for evaluation (false for <see cref="ExtraTrainingPages"/>: training only).</summary>
    public bool HoldsOut { get; init; } = true;

    /// <summary>Renders and reads every page; returns the pairs in page order.</summary>
    public async Task<IReadOnlyList<OcrPair>> GenerateAsync(IReadOnlyList<(string Id, string Text)> pages, CancellationToken ct)
    {
        var work = new List<(string Id, string Text, bool HeldOut, string Font, int Pt, int Dpi)>();
        for (var p = 0; p < pages.Count; p++)
        {
            for (var r = 0; r < RendersPerPage; r++)
            {
                var k = (p * RendersPerPage) + r;
                var (pt, dpi) = Sizes[k % Sizes.Count];
                work.Add(($"{pages[p].Id}#{r}", pages[p].Text, HoldsOut && p % 5 == 0, Fonts[(k * 3 + p) % Fonts.Length], pt, dpi));
            }
        }

        var results = new IReadOnlyList<OcrPair>[work.Count];
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, work.Count), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Jobs), CancellationToken = ct }, async (i, token) =>
        {
            var w = work[i];
            results[i] = await RenderAndReadAsync(w.Id, w.Text, w.HeldOut, w.Font, w.Pt, w.Dpi, token).ConfigureAwait(false);
            var n = Interlocked.Increment(ref done);
            await Log.WriteLineAsync($"ocr pairs: {n}/{work.Count} {w.Id} ({w.Font} {w.Pt}pt {w.Dpi}dpi) {results[i].Count} tokens").ConfigureAwait(false);
        }).ConfigureAwait(false);
        return [.. results.SelectMany(r => r)];
    }

    private static async Task<IReadOnlyList<OcrPair>> RenderAndReadAsync(string id, string text, bool heldOut, string font, int pt, int dpi, CancellationToken ct)
    {
        var dir = Directory.CreateTempSubdirectory("apa-repair-");
        try
        {
            var textPath = Path.Combine(dir.FullName, "page.txt");
            await File.WriteAllTextAsync(textPath, text, ct).ConfigureAwait(false);
            var outBase = Path.Combine(dir.FullName, "page");
            var exposure = pt % 2 == 0 ? "0" : "1";
            await RunAsync("text2image", ["--text", textPath, "--outputbase", outBase, "--font", font, "--fonts_dir", "/usr/share/fonts",
                "--ptsize", pt.ToString(CultureInfo.InvariantCulture), "--resolution", dpi.ToString(CultureInfo.InvariantCulture),
                "--degrade_image", "true", "--exposure", exposure, "--xsize", (8 * dpi).ToString(CultureInfo.InvariantCulture),
                "--ysize", (14 * dpi).ToString(CultureInfo.InvariantCulture), "--margin", "40", "--strip_unrenderable_words", "true"], dir.FullName, ct).ConfigureAwait(false);
            var tif = outBase + ".tif";
            if (!File.Exists(tif))
            {
                return [];
            }

            await RunAsync("tesseract", [tif, outBase, "-l", "ben", "tsv"], dir.FullName, ct).ConfigureAwait(false);
            var ocrWords = ReadTsv(outBase + ".tsv", dpi);
            var truth = text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(BanglaText.Normalize).ToArray();
            var alignment = TokenAligner.Align([.. ocrWords.Select(w => w.Text)], truth);
            return [.. ocrWords.Select((w, i) => new OcrPair(id, heldOut, i, w.Text, alignment[i] >= 0 ? truth[alignment[i]] : string.Empty, w.Confidence, w.Box))];
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Word rows (level 5) of a tesseract TSV, boxes converted from pixels to points.</summary>
    public static IReadOnlyList<Word> ReadTsv(string path, int dpi)
    {
        var words = new List<Word>();
        if (!File.Exists(path))
        {
            return words;
        }

        var scale = 72.0 / dpi;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var p = line.Split('\t');
            if (p.Length < 12 || p[0] != "5" || string.IsNullOrWhiteSpace(p[11]))
            {
                continue;
            }

            double I(int k) => double.Parse(p[k], CultureInfo.InvariantCulture);
            var box = new Box(I(6) * scale, I(7) * scale, (I(6) + I(8)) * scale, (I(7) + I(9)) * scale);
            var conf = Math.Clamp(I(10) / 100.0, 0, 1);
            var text = BanglaText.Normalize(p[11].Trim());
            words.Add(new Word(text, box) { Confidence = conf, Origin = WordOrigin.Ocr });
        }

        return words;
    }

    private static async Task RunAsync(string exe, string[] args, string workDir, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(exe) { WorkingDirectory = workDir, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {exe}");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        _ = await process.StandardOutput.ReadToEndAsync(ct).ConfigureAwait(false);
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{exe} failed ({process.ExitCode}): {(await stderr.ConfigureAwait(false)).Trim()}");
        }
    }

    /// <summary>True text pages: the seeds in chunks of about <paramref name="wordsPerPage"/> words (lines holding any of
    /// <paramref name="excludeWords"/> left out), then synthetic lines of domain words and place names.</summary>
    public static IReadOnlyList<(string Id, string Text)> TruthPages(string root, ISet<string> excludeWords, int wordsPerPage = 220, int syntheticPages = 30, int generalPages = 20)
    {
        var pages = new List<(string, string)>();
        foreach (var path in Directory.GetFiles(Path.Combine(root, "data", "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var sb = new StringBuilder();
            var words = 0;
            var chunk = 0;
            foreach (var raw in File.ReadLines(path))
            {
                var line = BanglaText.Normalize(raw.Replace("**", string.Empty, StringComparison.Ordinal).Replace('#', ' ').Replace('\t', ' ').Trim());
                if (line.Length == 0 || !line.Any(BanglaText.IsBangla))
                {
                    continue;
                }

                var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (tokens.Any(t => excludeWords.Contains(Spelling.TokenParts.Of(t).Core)))
                {
                    continue;
                }

                sb.Append(string.Join(' ', tokens)).Append('\n');
                words += tokens.Length;
                if (words >= wordsPerPage)
                {
                    pages.Add(($"{name}/{chunk++}", sb.ToString()));
                    sb.Clear();
                    words = 0;
                }
            }

            if (words > 40)
            {
                pages.Add(($"{name}/{chunk}", sb.ToString()));
            }
        }

        pages.AddRange(SyntheticPages(root, syntheticPages, 20240701, "synthetic/"));
        pages.AddRange(GeneralPages(root, generalPages, 20250701, "general/"));
        return pages;
    }

    /// <summary>
    /// More pages for training only (<see cref="HoldsOut"/> false), while the held-out pages stay the same: the seed chunks
    /// that are training pages of <see cref="TruthPages"/> once more (rendered in other fonts and sizes: "seed/x3"), and
    /// <paramref name="pagesOfEachKind"/> synthetic and everyday-word pages drawn with other seeds ("synthetic/x0", "general/x0").
    /// The seed text keeps real APA wording in the mix: with only more synthetic and everyday pages the classifier drifts away from it.
    /// </summary>
    public static IReadOnlyList<(string Id, string Text)> ExtraTrainingPages(string root, ISet<string> excludeWords, int pagesOfEachKind)
    {
        const string mark = ExtraPageMark;
        // seed chunks come first in TruthPages, so their index there decides whether they are held out
        var seedTraining = TruthPages(root, excludeWords, syntheticPages: 0, generalPages: 0)
            .Select((page, index) => (page, index))
            .Where(x => x.index % 5 != 0)
            .Select(x => (x.page.Id.Replace("/", mark, StringComparison.Ordinal), x.page.Text));
        return [.. seedTraining, .. SyntheticPages(root, pagesOfEachKind, 20261203, "synthetic" + mark), .. GeneralPages(root, pagesOfEachKind, 20261204, "general" + mark)];
    }

    /// <summary>Follows the source name in the id of an <see cref="ExtraTrainingPages"/> page ("synthetic/x0", "koyra-…/x3").</summary>
    public const string ExtraPageMark = "/x";

    /// <summary>Whether a pair's page is one of <see cref="ExtraTrainingPages"/>.</summary>
    public static bool IsExtraPage(string page) => page.Contains(ExtraPageMark, StringComparison.Ordinal);

    /// <summary>Lines of domain words and place names with numbers and indicator codes between them.</summary>
    private static IEnumerable<(string Id, string Text)> SyntheticPages(string root, int count, int seed, string prefix)
    {
        var vocab = DomainVocabulary(root);
        var random = new Random(seed);
        for (var p = 0; p < count && vocab.Length > 0; p++)
        {
            yield return ($"{prefix}{p}", RandomPage(random, () => random.Next(12) switch
            {
                0 => BanglaText.ToBanglaDigits(random.Next(1, 100).ToString(CultureInfo.InvariantCulture)),
                1 => $"[{BanglaText.ToBanglaDigits($"{random.Next(1, 6)}.{random.Next(1, 9)}.{random.Next(1, 9)}")}]",
                _ => vocab[random.Next(vocab.Length)],
            }));
        }
    }

    /// <summary>The domain lexicon's words (lexicon/apa-domain.tsv), none when it is not built yet.</summary>
    private static string[] DomainVocabulary(string root)
    {
        var domain = Path.Combine(root, Lexicon.RepoPaths.DomainLexicon);
        return File.Exists(domain) ? [.. File.ReadLines(domain).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0])] : [];
    }

    /// <summary>28 lines of 4–9 tokens each, every token from <paramref name="token"/> (drawing on the same <paramref name="random"/>).</summary>
    private static string RandomPage(Random random, Func<string> token)
    {
        var sb = new StringBuilder();
        for (var line = 0; line < 28; line++)
        {
            var n = random.Next(4, 10);
            for (var k = 0; k < n; k++)
            {
                sb.Append(k > 0 ? " " : string.Empty).Append(token());
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>How far down the general word list (by frequency rank) the general pages draw their words.</summary>
    public const int GeneralPageMaxRank = 30_000;

    /// <summary>
    /// Lines of everyday words (the general list's first <see cref="GeneralPageMaxRank"/>, loanwords such as ক্রিমিনাল
    /// and ব্যান্ডউইথ among them) mixed with domain words: APAs are not written in domain words only, and a classifier
    /// that has only ever seen domain words as the truth learns never to restore any other.
    /// </summary>
    private static IEnumerable<(string Id, string Text)> GeneralPages(string root, int count, int seed, string prefix)
    {
        var general = Path.Combine(root, Lexicon.RepoPaths.GeneralWordList);
        var vocab = DomainVocabulary(root);
        if (count == 0 || !File.Exists(general) || vocab.Length == 0)
        {
            yield break;
        }

        var everyday = Lexicon.GeneralWordList.Read(general).Where(w => w.Rank <= GeneralPageMaxRank && Spelling.BanglaClusters.Count(w.Word) >= 2)
            .Select(w => w.Word).ToArray();
        var random = new Random(seed);
        for (var p = 0; p < count && everyday.Length > 0; p++)
        {
            yield return ($"{prefix}{p}", RandomPage(random, () => random.Next(3) == 0 ? vocab[random.Next(vocab.Length)] : everyday[random.Next(everyday.Length)]));
        }
    }
}
