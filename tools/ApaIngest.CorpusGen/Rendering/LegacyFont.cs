using System.Diagnostics;

namespace ApaIngest.CorpusGen.Rendering;

/// <summary>
/// Makes a font whose family name is "SutonnyMJ" by renaming a Latin TrueType font's name table (python3 fontTools).
/// Its glyphs are Latin, as a SutonnyMJ document looks on a machine without the font; the PDF then carries the font
/// name and the Bijoy ANSI bytes of a real legacy document.
/// </summary>
public static class LegacyFont
{
    private const string Script = """
        import sys
        from fontTools.ttLib import TTFont
        src, dst, family, style = sys.argv[1:5]
        f = TTFont(src)
        full = family if style == "Regular" else family + " " + style
        ps = family if style == "Regular" else family + "-" + style
        for rec in f["name"].names:
            if rec.nameID in (1, 16): rec.string = family
            elif rec.nameID in (2, 17): rec.string = style
            elif rec.nameID == 4: rec.string = full
            elif rec.nameID == 6: rec.string = ps
            elif rec.nameID == 3: rec.string = ps + "; synthetic"
        f.save(dst)
        """;

    /// <summary>Debian's python3 (python3-fonttools lives there, not in a pyenv interpreter earlier on PATH).</summary>
    private static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static async Task<string> MakeAsync(string workDir, CancellationToken ct)
    {
        var dir = Path.Combine(workDir, "legacy-font");
        Directory.CreateDirectory(dir);
        var script = Path.Combine(dir, "rename.py");
        await File.WriteAllTextAsync(script, Script, ct);
        foreach (var (src, name, style) in new[]
        {
            ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", "SutonnyMJ.ttf", "Regular"),
            ("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", "SutonnyMJ-Bold.ttf", "Bold"),
        })
        {
            var psi = new ProcessStartInfo(Python) { UseShellExecute = false, RedirectStandardError = true };
            foreach (var a in new[] { script, src, Path.Combine(dir, name), "SutonnyMJ", style })
            {
                psi.ArgumentList.Add(a);
            }

            using var p = Process.Start(psi)!;
            var err = await p.StandardError.ReadToEndAsync(ct);
            await p.WaitForExitAsync(ct);
            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException($"making the SutonnyMJ font failed: {err}");
            }
        }

        return dir;
    }
}
