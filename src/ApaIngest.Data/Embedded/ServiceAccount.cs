namespace ApaIngest.Data.Embedded;

/// <summary>
/// PostgreSQL refuses to run as root (initdb, pg_ctl and postgres all exit: a server running as root would hand
/// a database superuser the whole machine). When the tool itself runs as root (CI, containers), the cluster is owned
/// by, and the server runs as, a dedicated unprivileged system account; commands are run through runuser.
/// </summary>
internal sealed class ServiceAccount
{
    public const string UserName = "apa-pg";

    public static bool Needed => Environment.IsPrivilegedProcess;

    /// <summary>Creates the system user once (no home, no login shell).</summary>
    public static async Task EnsureExistsAsync(CancellationToken cancellationToken)
    {
        if ((await ProcessRunner.RunAsync("id", ["-u", UserName], cancellationToken).ConfigureAwait(false)).ExitCode == 0)
        {
            return;
        }

        var created = await ProcessRunner.RunAsync("useradd",
            ["--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", UserName],
            cancellationToken).ConfigureAwait(false);
        // Exit 9: a concurrent caller created it first.
        if (created.ExitCode is not (0 or 9))
        {
            throw new EmbeddedClusterException($"could not create the system user {UserName} for PostgreSQL: {created.Output}");
        }
    }

    /// <summary>Whether the service account can reach and enter <paramref name="directory"/> (every ancestor searchable).</summary>
    public static async Task<bool> CanEnterAsync(string directory, CancellationToken cancellationToken) =>
        (await ProcessRunner.RunAsync("runuser", ["-u", UserName, "--", "test", "-x", directory], cancellationToken)
            .ConfigureAwait(false)).ExitCode == 0;

    public static Task ChownAsync(string path, CancellationToken cancellationToken) =>
        ProcessRunner.RunCheckedAsync("chown", ["-R", $"{UserName}:{UserName}", path], cancellationToken);

    /// <summary>The command line that runs <paramref name="program"/> as the cluster owner.</summary>
    public static (string File, List<string> Args) AsOwner(string program, IEnumerable<string> args) =>
        Needed ? ("runuser", ["-u", UserName, "--", program, .. args]) : (program, [.. args]);
}
