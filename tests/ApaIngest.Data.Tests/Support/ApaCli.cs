using System.Diagnostics;
using System.Text;

namespace ApaIngest.Data.Tests.Support;

/// <summary>The built CLI (apa.dll beside the tests) as a real child process, and the repository it reads its data from.</summary>
public static class ApaCli
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Starts `apa ARGS`; stdout is left to the caller, stderr is drained (into <paramref name="stderr"/> if given).</summary>
    public static Process Start(IReadOnlyList<string> args, StringBuilder? stderr = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "apa.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null && stderr is not null)
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stderr = new StringBuilder();
        using var process = Start(args, stderr);
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(); // also waits for stderr's end of stream
        lock (stderr)
        {
            return (process.ExitCode, stdout, stderr.ToString());
        }
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
