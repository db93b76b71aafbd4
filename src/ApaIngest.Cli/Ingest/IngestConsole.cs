using System.Diagnostics;
using ApaIngest.Data.Ingest;
using Spectre.Console;

namespace ApaIngest.Cli.Ingest;

/// <summary>Progress and summary of an ingest on stderr (stdout stays for the one scriptable summary line).</summary>
internal sealed class IngestConsole
{
    private readonly IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private volatile string? note;

    public bool Interactive => !Console.IsErrorRedirected && console.Profile.Capabilities.Interactive;

    public void Note(string message)
    {
        note = message;
        if (!Interactive)
        {
            lock (gate)
            {
                Console.Error.WriteLine($"apa ingest: {message}");
            }
        }
    }

    /// <summary>Runs the batch under a live progress display (terminal) or with one stderr line per document (redirected).</summary>
    public async Task<IngestReport> RunAsync(Func<Action<IngestProgress>, Task<IngestReport>> run)
    {
        if (!Interactive)
        {
            var last = 0;
            return await run(p =>
            {
                if (p.Done > last)
                {
                    last = p.Done;
                    lock (gate)
                    {
                        Console.Error.WriteLine($"apa ingest: [{p.Done}/{p.Total}] {p.Current} ({Line(p)})");
                    }
                }
            }).ConfigureAwait(false);
        }

        IngestReport? report = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("starting", maxValue: 1);
                report = await run(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    var extra = note is { } n ? $" · [yellow]{Markup.Escape(n)}[/]" : "";
                    task.Description = Markup.Escape(Line(p)) + extra;
                    note = null;
                }).ConfigureAwait(false);
                task.StopTask();
            }).ConfigureAwait(false);
        return report!;
    }

    private string Line(IngestProgress p)
    {
        var seconds = Math.Max(0.001, clock.Elapsed.TotalSeconds);
        return $"docs {p.Done}/{p.Total} · pages {p.Pages} · {p.Done / seconds:0.0} docs/s · loaded {p.Loaded} · skipped {p.Skipped} · failed {p.Failed}";
    }

    public void Summary(IngestReport report)
    {
        var table = new Table().Title("ingest").AddColumn("outcome").AddColumn(new TableColumn("documents").RightAligned());
        table.AddRow("loaded", report.Loaded.ToString());
        table.AddRow("replaced (newer pipeline)", report.Replaced.ToString());
        table.AddRow("skipped (already present)", report.Skipped.ToString());
        foreach (var (reason, count) in report.FailuresByReason)
        {
            table.AddRow($"failed: {Markup.Escape(reason)}", count.ToString());
        }

        if (report.NotAttempted > 0)
        {
            table.AddRow("not attempted (stopped)", report.NotAttempted.ToString());
        }

        table.AddRow("pages loaded", report.Pages.ToString());
        table.AddRow("values loaded", report.Values.ToString());
        table.AddRow("seconds", report.ElapsedSeconds.ToString("0.0"));
        console.Write(table);
        if (report.DocumentsByIssueCode.Count > 0)
        {
            var issues = new Table().Title("loaded documents by issue code").AddColumn("code").AddColumn(new TableColumn("documents").RightAligned());
            foreach (var (code, count) in report.DocumentsByIssueCode.OrderByDescending(kv => kv.Value).Take(20))
            {
                issues.AddRow(Markup.Escape(code), count.ToString());
            }

            console.Write(issues);
        }

        foreach (var failure in report.Documents.Where(d => d.Outcome == IngestOutcomes.Failed))
        {
            Console.Error.WriteLine($"apa ingest: {failure.Path}: {failure.Reason}: {failure.Message}");
        }

        if (report.StoppedBecause is { } why)
        {
            Console.Error.WriteLine($"apa ingest: stopped ({why}); run the same command again to resume");
        }
    }
}
