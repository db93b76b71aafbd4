using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace ApaIngest.Data.Embedded;

/// <summary>
/// The tool's own PostgreSQL cluster under $APA_HOME/pg: created with initdb on first use, started with pg_ctl,
/// reused afterwards. It listens on a Unix socket in $APA_HOME/pg/run and on 127.0.0.1 only, on a port picked once
/// and kept in $APA_HOME/pg/port, with a generated password (scram-sha-256) in $APA_HOME/pg/password. It never
/// touches a system cluster: its data directory is its own and its port is a free one.
/// </summary>
public sealed class EmbeddedCluster
{
    public const string DatabaseName = "apa";
    public const string SuperUser = "apa";

    // sockaddr_un.sun_path is 108 bytes on Linux, including the terminating NUL.
    private const int MaxSocketPath = 107;

    private readonly EmbeddedClusterOptions options;

    public EmbeddedCluster(string? apaHome = null, EmbeddedClusterOptions? options = null)
    {
        Home = Path.GetFullPath(apaHome ?? ApaHome.Resolve());
        this.options = options ?? new EmbeddedClusterOptions();
    }

    public string Home { get; }

    /// <summary>$APA_HOME/pg, or (as root, when the service account cannot enter $APA_HOME) a symlink to /var/lib/apa-pg/…</summary>
    public string ClusterLink => Path.Combine(Home, "pg");

    private string ClusterDir => ResolveLink(ClusterLink);
    public string DataDirectory => Path.Combine(ClusterDir, "data");
    private string RunDirectory => Path.Combine(ClusterDir, "run");
    private string LogFile => Path.Combine(ClusterDir, "server.log");
    private string PortFile => Path.Combine(ClusterDir, "port");
    private string PasswordFile => Path.Combine(ClusterDir, "password");
    private string LockFile => Path.Combine(Home, "pg.lock");

    public bool Exists => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    /// <summary>Creates the cluster if needed, starts it if it is not running (also after a crash), and says how to connect.</summary>
    public async Task<EmbeddedConnection> EnsureStartedAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Home);
        using (await ClusterLock.AcquireAsync(LockFile, options.LockTimeout, cancellationToken).ConfigureAwait(false))
        {
            var binaries = PostgresBinaries.Find();
            if (ServiceAccount.Needed)
            {
                await ServiceAccount.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
            }

            if (!Exists)
            {
                await InitAsync(binaries, cancellationToken).ConfigureAwait(false);
            }

            if (ReadRunningPid() is null)
            {
                await StartAsync(binaries, cancellationToken).ConfigureAwait(false);
                await EnsureDatabaseAsync(cancellationToken).ConfigureAwait(false);
            }

            return Connection();
        }
    }

    public ClusterState GetState()
    {
        var exists = Exists;
        var pid = exists ? ReadRunningPid() : null;
        int? port = File.Exists(PortFile) ? int.Parse(File.ReadAllText(PortFile).Trim(), CultureInfo.InvariantCulture) : null;
        return new ClusterState(exists, pid is not null, pid, port, DataDirectory, SocketUsable(port ?? 0) ? RunDirectory : null);
    }

    /// <summary>Stops the server (fast shutdown: open sessions are rolled back). No-op when it is not running.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Home))
        {
            return;
        }

        using (await ClusterLock.AcquireAsync(LockFile, options.LockTimeout, cancellationToken).ConfigureAwait(false))
        {
            if (!Exists || ReadRunningPid() is null)
            {
                return;
            }

            var binaries = PostgresBinaries.Find();
            var (file, args) = ServiceAccount.AsOwner(binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "-s"]);
            await ProcessRunner.RunCheckedAsync(file, args, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the server and removes the cluster's files (tests and `apa db` housekeeping).</summary>
    public async Task DeleteAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync(cancellationToken).ConfigureAwait(false);
        var target = ClusterDir;
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        if (File.Exists(ClusterLink) || Directory.Exists(ClusterLink))
        {
            File.Delete(ClusterLink);
        }
    }

    /// <summary>The pid of the running postmaster of this data directory, or null (no pid file, or a stale one).</summary>
    public int? ReadRunningPid()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        string[] lines;
        try
        {
            lines = File.ReadAllLines(pidFile);
        }
        catch (IOException)
        {
            return null;
        }

        if (lines.Length == 0 || !int.TryParse(lines[0].Trim(), CultureInfo.InvariantCulture, out var pid))
        {
            return null;
        }

        return IsPostmasterOf(pid) ? pid : null;
    }

    private bool IsPostmasterOf(int pid)
    {
        try
        {
            if (File.ReadAllText($"/proc/{pid}/comm").Trim() != "postgres")
            {
                return false;
            }

            // A killed postmaster whose parent has not reaped it yet is a zombie: dead, whatever /proc still shows.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            if (state is "Z" or "X")
            {
                return false;
            }

            // A reused pid could belong to another cluster's server: postgres runs with its data directory as cwd.
            var cwd = new FileInfo($"/proc/{pid}/cwd").LinkTarget;
            return cwd is null || Path.TrimEndingDirectorySeparator(cwd) == Path.TrimEndingDirectorySeparator(DataDirectory);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private async Task InitAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        await PrepareClusterDirectoryAsync(cancellationToken).ConfigureAwait(false);
        var staging = Path.Combine(ClusterDir, "data.initdb");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(RunDirectory);
        var port = FreeLoopbackPort();
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var pwFile = Path.Combine(ClusterDir, ".initdb-password");
        await File.WriteAllTextAsync(pwFile, password + "\n", cancellationToken).ConfigureAwait(false);
        if (ServiceAccount.Needed)
        {
            await ServiceAccount.ChownAsync(ClusterDir, cancellationToken).ConfigureAwait(false);
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(RunDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        try
        {
            List<string> initArgs =
            [
                "-D", staging, "-U", SuperUser, "--pwfile", pwFile, "--auth-local=scram-sha-256", "--auth-host=scram-sha-256",
                "-E", "UTF8", "--no-locale",
            ];
            if (!options.Durable)
            {
                initArgs.Add("--no-sync");
            }

            var (file, args) = ServiceAccount.AsOwner(binaries.InitDb, initArgs);
            await ProcessRunner.RunCheckedAsync(file, args, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(pwFile);
        }

        await File.AppendAllTextAsync(Path.Combine(staging, "postgresql.conf"), ServerSettings(port), cancellationToken).ConfigureAwait(false);
        await WritePrivateFileAsync(PortFile, port.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        await WritePrivateFileAsync(PasswordFile, password, cancellationToken).ConfigureAwait(false);
        // initdb into a staging directory, then one rename: an interrupted initdb never leaves a half cluster behind.
        Directory.Move(staging, DataDirectory);
    }

    /// <summary>
    /// $APA_HOME/pg. As root the server runs as the service account, which must be able to enter that directory; root's
    /// home (/root, mode 0700) forbids it, so then the cluster lives in /var/lib/apa-pg/&lt;hash of APA_HOME&gt; and
    /// $APA_HOME/pg is a symlink to it (no permission of /root is loosened).
    /// </summary>
    private async Task PrepareClusterDirectoryAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(ClusterLink))
        {
            return;
        }

        if (ServiceAccount.Needed && !await ServiceAccount.CanEnterAsync(Home, cancellationToken).ConfigureAwait(false))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Home)))[..16];
            var target = Path.Combine("/var/lib/apa-pg", hash);
            Directory.CreateDirectory(target);
            File.CreateSymbolicLink(ClusterLink, target);
            return;
        }

        Directory.CreateDirectory(ClusterLink);
    }

    private string ServerSettings(int port)
    {
        var socketDirs = SocketUsable(port) ? RunDirectory.Replace("'", "''", StringComparison.Ordinal) : "";
        var settings = new StringBuilder()
            .AppendLine()
            .AppendLine("# apa embedded cluster")
            .AppendLine("listen_addresses = '127.0.0.1'")
            .AppendLine(CultureInfo.InvariantCulture, $"port = {port}")
            .AppendLine(CultureInfo.InvariantCulture, $"unix_socket_directories = '{socketDirs}'")
            .AppendLine("unix_socket_permissions = 0700")
            .AppendLine("max_connections = 60")
            .AppendLine("logging_collector = off");
        if (!options.Durable)
        {
            settings.AppendLine("fsync = off").AppendLine("synchronous_commit = off").AppendLine("full_page_writes = off");
        }

        return settings.ToString();
    }

    private bool SocketUsable(int port) =>
        Path.Combine(RunDirectory, $".s.PGSQL.{port}").Length <= MaxSocketPath - 5; // room for the ".lock" sibling

    private async Task StartAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        ProcessResult? last = null;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            if (attempt > 0)
            {
                // After a SIGKILL of the postmaster its children may hold the shared memory a moment longer.
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken).ConfigureAwait(false);
            }

            RemoveStalePidFile();
            var (file, args) = ServiceAccount.AsOwner(binaries.PgCtl,
                ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "120", "-s"]);
            // setsid: the server gets its own session, so Ctrl+C in the terminal that ran apa does not stop it.
            last = await ProcessRunner.RunAsync("setsid", ["-w", file, .. args], cancellationToken).ConfigureAwait(false);
            if (last.ExitCode == 0 && ReadRunningPid() is not null)
            {
                return;
            }
        }

        throw new EmbeddedClusterException($"could not start the embedded PostgreSQL in {DataDirectory}: {last?.Output} (log: {LogFile}: {LogTail()})");
    }

    /// <summary>pg_ctl copes with a pid file of a dead process; this also drops one whose pid now belongs to another program.</summary>
    private void RemoveStalePidFile()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (File.Exists(pidFile) && ReadRunningPid() is null)
        {
            File.Delete(pidFile);
        }
    }

    private string LogTail()
    {
        try
        {
            var lines = File.ReadAllLines(LogFile);
            return string.Join(" | ", lines.TakeLast(5));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    private async Task EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(Connection().ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(DatabaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private EmbeddedConnection Connection()
    {
        var port = int.Parse(File.ReadAllText(PortFile).Trim(), CultureInfo.InvariantCulture);
        var password = File.ReadAllText(PasswordFile).Trim();
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = SocketUsable(port) ? RunDirectory : "127.0.0.1",
            Port = port,
            Username = SuperUser,
            Password = password,
            Database = DatabaseName,
        };
        return new EmbeddedConnection(builder.ConnectionString, $"postgresql://{SuperUser}:{password}@127.0.0.1:{port}/{DatabaseName}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WritePrivateFileAsync(string path, string content, CancellationToken cancellationToken)
    {
        var tmp = path + ".tmp";
        await File.WriteAllTextAsync(tmp, content + "\n", cancellationToken).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tmp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(tmp, path, overwrite: true);
    }

    private static string ResolveLink(string path)
    {
        var info = new DirectoryInfo(path);
        return info.LinkTarget is { } target ? Path.GetFullPath(target, Path.GetDirectoryName(path)!) : path;
    }
}
