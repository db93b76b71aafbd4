using System.Diagnostics;
using System.Text;

namespace ApaIngest.Cli.Tests.Support;

/// <summary>The built CLI (apa.dll beside the tests) run as a child process, as scripts/apa runs it.</summary>
internal static class Apa
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Corpus(string name) => Path.Combine(RepoRoot, "corpus", name);

    public static string RealPdf(string name) => Path.Combine(RepoRoot, "data", "pdf", name);

    public static Task<ApaRun> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    /// <summary>Runs apa with <paramref name="stdin"/> as its standard input.</summary>
    public static async Task<ApaRun> RunWithInputAsync(string stdin, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "apa.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["APA_REPO_ROOT"] = RepoRoot;
        info.StandardInputEncoding = new UTF8Encoding(false);
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ApaRun(process.ExitCode, await stdout, await stderr);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ApaIngest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ApaIngest.sln not found above " + AppContext.BaseDirectory);
    }
}

internal sealed record ApaRun(int ExitCode, string Stdout, string Stderr);
