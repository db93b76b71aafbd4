using System.Net;
using ApaIngest.Core;
using ApaIngest.CorpusGen.Layout;
using ApaIngest.CorpusGen.Model;
using ApaIngest.CorpusGen.Rendering;
using ApaIngest.CorpusGen.Scanning;
using UglyToad.PdfPig;

namespace ApaIngest.CorpusGen;

public sealed record GeneratorOptions
{
    public required string OutDir { get; init; }
    public required string RepoRoot { get; init; }
    public int From { get; init; } = 1;
    public int Count { get; init; } = 6;
    public int Seed { get; init; } = 20_240_601;
    public IReadOnlySet<string> Variants { get; init; } = new HashSet<string> { "digital", "legacy", "scan300", "scan200" };
    public int Jobs { get; init; } = 2;
}

/// <summary>Generates agreements From..From+Count-1: gold, digital, scans, legacy (legacy last, it depends on the Bijoy encoder).</summary>
public sealed class CorpusGenerator(GeneratorOptions options, TextWriter log)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var geo = Geo.Load(Path.Combine(options.RepoRoot, "data", "geo"));
        var builder = new AgreementBuilder(geo, options.Seed);
        var goldDir = Path.Combine(options.OutDir, "gold");
        Directory.CreateDirectory(goldDir);
        var work = Path.Combine(Path.GetTempPath(), $"apa-corpusgen-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            string? legacyFonts = options.Variants.Contains("legacy") ? await LegacyFont.MakeAsync(work, ct) : null;
            var indexes = Enumerable.Range(options.From, options.Count).ToList();
            await Parallel.ForEachAsync(indexes, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = ct },
                async (index, token) => await OneAsync(builder.Build(index), goldDir, work, legacyFonts, token));
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task OneAsync(Agreement a, string goldDir, string work, string? legacyFonts, CancellationToken ct)
    {
        var v = options.Variants;
        var needDigital = v.Contains("digital") || v.Contains("scan300") || v.Contains("scan200");
        var digitalTmp = Path.Combine(work, a.Name + ".digital.pdf");
        var legacyTmp = Path.Combine(work, a.Name + ".legacy.pdf");

        // Our pagination must be the browser's: try page heights from generous to tight until both renderings agree.
        IReadOnlyList<Page>? pages = null;
        var used = 0.0;
        foreach (var height in DocumentLayout.PageHeights)
        {
            used = height;
            var candidate = DocumentLayout.Pages(a, height);
            if (needDigital && await RenderAsync(a, candidate, digitalTmp, work, null, ct) != candidate.Count)
            {
                continue;
            }

            if (legacyFonts is not null && await RenderAsync(a, candidate, legacyTmp, work, legacyFonts, ct) != candidate.Count)
            {
                continue;
            }

            pages = candidate;
            break;
        }

        if (pages is null)
        {
            throw new InvalidOperationException($"{a.Name}: no page height gave a PDF with the planned pages (the layout estimates are off)");
        }

        var text = GoldText.Of(pages);
        GoldWriter.Write(goldDir, a.Name, GoldWriter.WithSource(a, text, pages.Count), text);
        if (v.Contains("digital"))
        {
            AtomicFile.WriteAllBytes(Path.Combine(options.OutDir, a.Name + ".digital.pdf"), PdfDates.Pin(await File.ReadAllBytesAsync(digitalTmp, ct), a.SignedOn));
        }

        if (v.Contains("scan300") || v.Contains("scan200"))
        {
            var stamp = await StampAsync(a, work, ct);
            var outputs = new[] { 300, 200 }.Where(d => v.Contains($"scan{d}")).ToDictionary(d => d, d => Path.Combine(options.OutDir, $"{a.Name}.scan{d}.pdf"));
            await ScanMaker.MakeAsync(digitalTmp, stamp, outputs, options.Seed + a.Index, work, ct);
        }

        if (legacyFonts is not null)
        {
            AtomicFile.WriteAllBytes(Path.Combine(options.OutDir, a.Name + ".legacy.pdf"), PdfDates.Pin(await File.ReadAllBytesAsync(legacyTmp, ct), a.SignedOn));
        }

        lock (log)
        {
            log.WriteLine($"{a.Name}: {pages.Count} pages (layout height {used} mm), {a.Gold.Indicators.Count} indicators, font {a.Style.Font}");
        }
    }

    /// <summary>Renders the pages to a PDF and returns its page count.</summary>
    private static async Task<int> RenderAsync(Agreement a, IReadOnlyList<Page> pages, string pdf, string work, string? legacyFonts, CancellationToken ct)
    {
        var html = Path.Combine(work, Path.GetFileNameWithoutExtension(pdf) + ".html");
        await File.WriteAllTextAsync(html, new HtmlWriter(a.Style.Font, a.Style.TableFontPt, legacyFonts).Write(pages), ct);
        File.Delete(pdf);
        await Chromium.PrintToPdfAsync(html, pdf, work, ct);
        using var doc = PdfDocument.Open(pdf);
        return doc.NumberOfPages;
    }

    private static async Task<string> StampAsync(Agreement a, string work, CancellationToken ct)
    {
        var lines = a.SignatoryLines.Take(2).Select(WebUtility.HtmlEncode);
        var colour = a.Index % 2 == 0 ? "#5a2a8a" : "#1f3f9a";
        var html = $$"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>
            @page { size: 46mm 46mm; margin: 0; } html, body { margin: 0; }
            .s { box-sizing: border-box; width: 44mm; height: 44mm; margin: 1mm; border: 1.2mm double {{colour}}; border-radius: 50%;
                 display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center;
                 color: {{colour}}; font-family: '{{a.Style.Font}}'; font-size: 9pt; font-weight: bold; line-height: 1.3; padding: 4mm; }
            </style></head><body><div class="s">{{string.Join("<br>", lines)}}<br>সীল</div></body></html>
            """;
        var path = Path.Combine(work, a.Name + ".stamp.html");
        await File.WriteAllTextAsync(path, html, ct);
        var pdf = Path.Combine(work, a.Name + ".stamp.pdf");
        await Chromium.PrintToPdfAsync(path, pdf, work, ct);
        return pdf;
    }
}
