using System.Diagnostics;
using ApaIngest.Core.Pipeline;

namespace ApaIngest.Ocr;

/// <summary>Renders one PDF page to a grey PNG with poppler's pdftoppm (the fallback when no embedded image is usable).</summary>
public static class PageRasterizer
{
    public static async Task<byte[]> RenderAsync(string pdfPath, int pageNumber, int dpi, string command, CancellationToken cancellationToken)
    {
        var dir = Directory.CreateTempSubdirectory("apa-ocr-");
        try
        {
            var prefix = Path.Combine(dir.FullName, "page");
            var start = new ProcessStartInfo(command)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-r", dpi.ToString(), "-gray", "-png", "-singlefile", "-f", pageNumber.ToString(), "-l", pageNumber.ToString(), pdfPath, prefix })
            {
                start.ArgumentList.Add(arg);
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new OcrException($"{command} did not start.");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new OcrException($"{command} not found: install poppler-utils to rasterise pages for OCR.", e);
            }

            using (process)
            {
                var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
                try
                {
                    await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    throw;
                }

                var output = prefix + ".png";
                if (process.ExitCode != 0 || !File.Exists(output))
                {
                    var message = (await stderr.ConfigureAwait(false)).Trim();
                    throw new InputRejectedException($"{Path.GetFileName(pdfPath)}: page {pageNumber} could not be rasterised ({command} exit {process.ExitCode}: {message})");
                }

                return await File.ReadAllBytesAsync(output, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
