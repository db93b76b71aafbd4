using System.Diagnostics;

namespace ApaIngest.Bench.Ocr;

/// <summary>Runs poppler and the tesseract command, timing them.</summary>
internal static class Tools
{
    /// <summary>Runs a command; with <paramref name="measureCpu"/> through /usr/bin/time to get its user+system seconds.</summary>
    public static (string Stdout, TimeSpan Wall, TimeSpan Cpu) Run(string command, IEnumerable<string> args, IDictionary<string, string?>? environment = null, bool measureCpu = false)
    {
        var cpuFile = measureCpu ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo(measureCpu ? "/usr/bin/time" : command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (cpuFile is not null)
        {
            foreach (var arg in new[] { "-o", cpuFile, "-f", "%U %S", command })
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        var cpu = TimeSpan.Zero;
        if (cpuFile is not null)
        {
            var parts = File.ReadAllText(cpuFile).Trim().Split('\n').Last().Split(' ');
            cpu = TimeSpan.FromSeconds(double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) + double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
            File.Delete(cpuFile);
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}");
        }

        return (stdout.Result, watch.Elapsed, cpu);
    }

    public static int PageCount(string pdf)
    {
        var info = Run("pdfinfo", [pdf]).Stdout;
        var line = info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim());
    }

    public static string Rasterize(string pdf, int page, int dpi, string dir)
    {
        var prefix = Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(pdf)}-p{page}-{dpi}");
        Run("pdftoppm", ["-r", dpi.ToString(), "-gray", "-png", "-singlefile", "-f", page.ToString(), "-l", page.ToString(), pdf, prefix]);
        return prefix + ".png";
    }

    /// <summary>The page's embedded image as stored (JPEG stays JPEG), as the PDF reader hands it to OCR.</summary>
    public static string? EmbeddedImage(string pdf, int page, string dir)
    {
        var prefix = Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(pdf)}-p{page}-img");
        Run("pdfimages", ["-all", "-f", page.ToString(), "-l", page.ToString(), pdf, prefix]);
        return Directory.GetFiles(dir, Path.GetFileName(prefix) + "-*").OrderByDescending(f => new FileInfo(f).Length).FirstOrDefault();
    }

    public static string PdfText(string pdf, int page) => Run("pdftotext", ["-f", page.ToString(), "-l", page.ToString(), pdf, "-"]).Stdout;
}
