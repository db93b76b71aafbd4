namespace ApaIngest.Ocr.Engine;

/// <summary>Finds the tessdata folder holding every language of a Tesseract language string.</summary>
public static class TessdataLocator
{
    private static readonly string[] DebianPaths =
    [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
    ];

    public static string Locate(string languages, string? explicitPath = null)
    {
        var required = languages.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            candidates.Add(explicitPath);
        }

        var prefix = Environment.GetEnvironmentVariable("TESSDATA_PREFIX");
        if (!string.IsNullOrWhiteSpace(prefix))
        {
            // TESSDATA_PREFIX names the tessdata folder itself in Tesseract 4+, its parent in 3.x.
            candidates.Add(prefix);
            candidates.Add(Path.Combine(prefix, "tessdata"));
        }

        candidates.AddRange(DebianPaths);
        foreach (var dir in candidates)
        {
            if (required.All(lang => File.Exists(Path.Combine(dir, lang + ".traineddata"))))
            {
                return dir;
            }
        }

        throw new OcrException(
            $"No tessdata with {string.Join(", ", required.Select(l => l + ".traineddata"))} in {string.Join(", ", candidates)}; install tesseract-ocr-ben tesseract-ocr-eng or set TESSDATA_PREFIX.");
    }
}
