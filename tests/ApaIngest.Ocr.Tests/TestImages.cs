using ApaIngest.Ocr.Imaging;

namespace ApaIngest.Ocr.Tests;

/// <summary>The PNGs of TestData/ (made by TestData/make-images.sh from the HTML beside them: Noto Sans Bengali, 300 dpi grey).</summary>
internal static class TestImages
{
    public const int Dpi = 300;

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name + ".png"));

    public static Pix Load(string name) => Pix.Decode(Bytes(name));

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ApaIngest.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ApaIngest.sln not found above " + AppContext.BaseDirectory);
    }
}
