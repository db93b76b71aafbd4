using System.Diagnostics;

namespace ApaIngest.CorpusGen.Rendering;

/// <summary>HTML → PDF with Debian's Chromium headless (Skia PDF backend, HarfBuzz shaping), one private profile per call.</summary>
public static class Chromium
{
    public static string Executable =>
        Environment.GetEnvironmentVariable("APA_CHROMIUM") ?? (File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : "chromium");

    public static async Task PrintToPdfAsync(string htmlPath, string pdfPath, string workDir, CancellationToken ct)
    {
        var profile = Path.Combine(workDir, "profile-" + Path.GetFileNameWithoutExtension(pdfPath));
        Directory.CreateDirectory(profile);
        var psi = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
            "--disable-extensions", "--disable-background-networking", "--allow-file-access-from-files",
            "--user-data-dir=" + profile, "--print-to-pdf=" + pdfPath, new Uri(htmlPath).AbsoluteUri,
        })
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("chromium did not start");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        _ = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0 || !File.Exists(pdfPath))
        {
            throw new InvalidOperationException($"chromium failed on {htmlPath} (exit {process.ExitCode}): {(await stderr).Split('\n').LastOrDefault(l => l.Length > 0)}");
        }

        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the work dir is removed at the end anyway.
        }
    }
}
