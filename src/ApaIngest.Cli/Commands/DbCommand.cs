using System.CommandLine;
using ApaIngest.Data.Embedded;

namespace ApaIngest.Cli.Commands;

/// <summary>apa db url|status|stop: the embedded PostgreSQL cluster under $APA_HOME.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var command = new Command("db", "The embedded PostgreSQL cluster under $APA_HOME (default ~/.local/share/apa).");
        command.Subcommands.Add(Url());
        command.Subcommands.Add(Status());
        command.Subcommands.Add(Stop());
        return command;
    }

    private static Command Url()
    {
        var url = new Command("url", "Print the connection string (a postgresql:// URL that psql accepts), starting the cluster if needed.");
        url.SetAction(async (_, ct) => await Run(async () =>
        {
            var connection = await new EmbeddedCluster().EnsureStartedAsync(ct).ConfigureAwait(false);
            Console.WriteLine(connection.Url);
        }).ConfigureAwait(false));
        return url;
    }

    private static Command Status()
    {
        var status = new Command("status", "Print whether the cluster exists and runs, its pid, port and data directory.");
        status.SetAction(_ =>
        {
            var cluster = new EmbeddedCluster();
            var state = cluster.GetState();
            var word = !state.Exists ? "not created" : state.Running ? "running" : "stopped";
            Console.WriteLine($"state\t{word}");
            Console.WriteLine($"home\t{cluster.Home}");
            Console.WriteLine($"data\t{state.DataDirectory}");
            if (state.Port is { } port)
            {
                Console.WriteLine($"port\t{port}");
            }

            if (state.Pid is { } pid)
            {
                Console.WriteLine($"pid\t{pid}");
            }

            if (state.SocketDirectory is { } socket)
            {
                Console.WriteLine($"socket\t{socket}");
            }

            return ExitCodes.Success;
        });
        return status;
    }

    private static Command Stop()
    {
        var stop = new Command("stop", "Stop the cluster (fast shutdown). The next command that needs it starts it again.");
        stop.SetAction(async (_, ct) => await Run(() => new EmbeddedCluster().StopAsync(ct)).ConfigureAwait(false));
        return stop;
    }

    private static async Task<int> Run(Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (EmbeddedClusterException e)
        {
            Console.Error.WriteLine($"apa db: {e.Message}");
            return ExitCodes.InputRejected;
        }
    }
}
