using System.CommandLine;
using ApaIngest.Core;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Evaluation;
using ApaIngest.Validation;

namespace ApaIngest.Cli.Commands;

/// <summary>apa eval --gold DIR --pred DIR [--json FILE] [--markdown FILE]: scores predicted document JSONs against gold ones.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<DirectoryInfo>("--gold") { Description = "directory of gold NAME.json files", Required = true };
        var pred = new Option<DirectoryInfo>("--pred") { Description = "directory of predicted NAME.VARIANT.json or NAME.json files", Required = true };
        var json = new Option<FileInfo?>("--json") { Description = "also write the full scores as JSON to this file" };
        var markdown = new Option<FileInfo?>("--markdown") { Description = "also write the tables as markdown (for docs/accuracy.md) to this file" };
        var applyRepair = new Option<bool>("--apply-repair")
        {
            Description = "run constraint repair (the validator, issue 8) on every prediction before scoring: with predictions extracted under APA_CONSTRAINT_REPAIR=0 this measures what repair adds",
        };
        var saveRepaired = new Option<DirectoryInfo?>("--save-repaired")
        {
            Description = "with --apply-repair: also write each repaired prediction (same file name) to this directory, to see what repair changed",
        };
        var command = new Command("eval", "Score predicted document JSONs against gold ones: indicator P/R/F1, names, units, weights, every cell, agreement fields, per variant and per field; the last line is a one-line summary.");
        command.Options.Add(gold);
        command.Options.Add(pred);
        command.Options.Add(json);
        command.Options.Add(markdown);
        command.Options.Add(applyRepair);
        command.Options.Add(saveRepaired);
        command.SetAction((ParseResult p, CancellationToken ct) =>
            Task.FromResult(Run(p.GetValue(gold)!, p.GetValue(pred)!, p.GetValue(json), p.GetValue(markdown), p.GetValue(applyRepair), p.GetValue(saveRepaired))));
        return command;
    }

    private static int Run(DirectoryInfo gold, DirectoryInfo pred, FileInfo? json, FileInfo? markdown, bool applyRepair, DirectoryInfo? saveRepaired)
    {
        foreach (var dir in (DirectoryInfo[])[gold, pred])
        {
            if (!dir.Exists)
            {
                Console.Error.WriteLine($"apa eval: {dir.FullName}: no such directory");
                return ExitCodes.InputRejected;
            }
        }

        EvaluationResult result;
        try
        {
            saveRepaired?.Create();
            result = EvaluationRunner.Run(gold.FullName, pred.FullName, !applyRepair ? null : saveRepaired is null ? Repair : d => Save(Repair(d), saveRepaired));
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"apa eval: {e.Message}");
            return ExitCodes.InputRejected;
        }

        if (json is not null)
        {
            AtomicFile.WriteAllText(json.FullName, EvaluationReport.ToJson(result));
        }

        if (markdown is not null)
        {
            AtomicFile.WriteAllText(markdown.FullName, EvaluationReport.ToMarkdown(result));
        }

        Console.Out.Write(EvaluationReport.ToText(result));
        Console.Out.WriteLine(EvaluationReport.SummaryLine(result));
        return ExitCodes.Success;
    }

    /// <summary>The validator again, this time repairing: its earlier (report-only) issues are dropped so that it runs.</summary>
    private static ApaDocument Save(ApaDocument document, DirectoryInfo dir)
    {
        ApaDocumentJson.Save(document, Path.Combine(dir.FullName, Path.GetFileNameWithoutExtension(document.Source.FileName) + ".json"));
        return document;
    }

    private static readonly Lazy<DocumentValidator> RepairingValidator = new(() => new DocumentValidator(ValidatorSetup.Options(repair: true)));

    private static ApaDocument Repair(ApaDocument document)
    {
        var unvalidated = document with { Issues = document.Issues.Where(i => !IssueCodes.OwnedByValidation.Contains(i.Code)).ToList() };
        return RepairingValidator.Value.Process(unvalidated);
    }
}
