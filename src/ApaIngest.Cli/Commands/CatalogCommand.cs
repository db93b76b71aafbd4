using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ApaIngest.Catalog;
using ApaIngest.Catalog.Building;
using ApaIngest.Catalog.Evaluation;
using ApaIngest.Catalog.Matching;
using ApaIngest.Catalog.Model;
using ApaIngest.Core;

namespace ApaIngest.Cli.Commands;

/// <summary>
/// apa catalog list|show|merge|rename|export|build|match|merges|accuracy: the reviewer's tools over the canonical
/// indicator catalog (catalog/catalog.json), and the build and measurement of it.
/// </summary>
internal static class CatalogCommand
{
    public static Command Create()
    {
        var command = new Command("catalog", "Canonical indicators: list, show, merge, rename, export the curated catalog; build it; test matching.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Merge());
        command.Subcommands.Add(Rename());
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Build());
        command.Subcommands.Add(MatchText());
        command.Subcommands.Add(Merges());
        command.Subcommands.Add(Accuracy());
        return command;
    }

    private static Option<string> CatalogOption() => new("--catalog")
    {
        Description = $"catalog file (default: ${CatalogLocator.EnvironmentVariable} or the repo's {CatalogLocator.RelativePath})",
    };

    private static Option<string> ReasonOption() => new("--reason") { Description = "why (kept in the history)" };

    private static Option<string> DateOption() => new("--date") { Description = "date of the change, YYYY-MM-DD (default: today, UTC)" };

    private static Command List()
    {
        var catalogOption = CatalogOption();
        var all = new Option<bool>("--all") { Description = "include merged entries" };
        var command = new Command("list", "List the catalog's indicators: id, group, unit, canonical name.") { catalogOption, all };
        command.SetAction(p => Run("list", p.GetValue(catalogOption), catalog =>
        {
            foreach (var e in catalog.Entries.Where(e => e.IsActive || p.GetValue(all)))
            {
                var status = e.IsActive ? string.Empty : $" → {e.MergedInto}";
                Console.WriteLine($"{e.Id}\t{e.Group}\t{e.Unit ?? "-"}\t{e.NameBn}{status}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Show()
    {
        var catalogOption = CatalogOption();
        var id = new Argument<string>("ID") { Description = "canonical id" };
        var command = new Command("show", "Show one indicator with its variants and history (JSON).") { catalogOption, id };
        command.SetAction(p => Run("show", p.GetValue(catalogOption), catalog =>
        {
            var entry = catalog.Find(p.GetValue(id)!) ?? throw new CatalogEditException($"no indicator '{p.GetValue(id)}' in the catalog");
            Console.WriteLine(JsonSerializer.Serialize(entry, CatalogJson.Options));
            if (!entry.IsActive)
            {
                Console.WriteLine($"# merged: matching now gives {catalog.Resolve(entry.Id)}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Merge()
    {
        var catalogOption = CatalogOption();
        var from = new Argument<string>("FROM") { Description = "id that goes away (a catalog id or a provisional prov.* id)" };
        var into = new Argument<string>("INTO") { Description = "id that stays" };
        var reason = ReasonOption();
        var date = DateOption();
        var command = new Command("merge", "Merge FROM into INTO: FROM becomes merged-into INTO with date and reason; matching then gives INTO.")
        {
            catalogOption, from, into, reason, date,
        };
        command.SetAction(p => Edit("merge", p.GetValue(catalogOption), catalog =>
            catalog.Merge(p.GetValue(from)!, p.GetValue(into)!, DateOf(p.GetValue(date)), p.GetValue(reason)),
            $"merged {p.GetValue(from)} into {p.GetValue(into)}"));
        return command;
    }

    private static Command Rename()
    {
        var catalogOption = CatalogOption();
        var id = new Argument<string>("ID") { Description = "canonical id" };
        var name = new Argument<string>("NEWNAME") { Description = "new canonical Bangla name (the old one stays a variant)" };
        var reason = ReasonOption();
        var date = DateOption();
        var command = new Command("rename", "Give an indicator a new canonical name; the history keeps the old one.") { catalogOption, id, name, reason, date };
        command.SetAction(p => Edit("rename", p.GetValue(catalogOption), catalog =>
            catalog.Rename(p.GetValue(id)!, p.GetValue(name)!, DateOf(p.GetValue(date)), p.GetValue(reason)),
            $"renamed {p.GetValue(id)}"));
        return command;
    }

    private static Command Export()
    {
        var catalogOption = CatalogOption();
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string>("--output", "-o") { Description = "file to write (default: stdout)" };
        var command = new Command("export", "Export the catalog as CSV (one row per indicator) or JSON.") { catalogOption, format, output };
        command.SetAction(p => Run("export", p.GetValue(catalogOption), catalog =>
        {
            var text = p.GetValue(format) == "csv" ? CatalogCsv.Write(catalog) : catalog.ToJson();
            if (p.GetValue(output) is { } path)
            {
                AtomicFile.WriteAllText(path, text);
            }
            else
            {
                Console.Out.Write(text);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Build()
    {
        var catalogOption = CatalogOption();
        var corpus = new Option<string>("--corpus") { Description = "corpus vocabulary export (default: catalog/indicators.json of the repo)" };
        var seeds = new Option<string>("--seeds") { Description = "directory of seed transcriptions (default: data/seeds)" };
        var gold = new Option<string[]>("--gold") { Description = "gold document directories whose canonical ids teach wordings (default: none)", AllowMultipleArgumentsPerToken = true };
        var lexicon = new Option<string>("--lexicon") { Description = "word list that tells clean from garbled seed text (default: data/lexicon/ben.wordlist)" };
        var fresh = new Option<bool>("--fresh") { Description = "start from nothing instead of the existing catalog (drops curation!)" };
        var command = new Command("build", "Build or refresh the catalog from builtin entries, the corpus export, gold wordings and the seeds; curation in the file is kept.")
        {
            catalogOption, corpus, seeds, gold, lexicon, fresh,
        };
        command.SetAction(p =>
        {
            var root = CatalogLocator.FindRepoRoot(Environment.CurrentDirectory) ?? CatalogLocator.FindRepoRoot(AppContext.BaseDirectory) ?? Environment.CurrentDirectory;
            var path = p.GetValue(catalogOption) ?? CatalogLocator.FindDefault() ?? Path.Combine(root, CatalogLocator.RelativePath);
            try
            {
                var existing = !p.GetValue(fresh) && File.Exists(path) ? IndicatorCatalog.Load(path) : null;
                var seedDir = p.GetValue(seeds) ?? Path.Combine(root, "data", "seeds");
                var sources = new CatalogSources
                {
                    CorpusExport = p.GetValue(corpus) ?? Path.Combine(root, "catalog", "indicators.json"),
                    SeedFiles = Directory.Exists(seedDir) ? Directory.GetFiles(seedDir, "*.txt") : [],
                    GoldFiles = (p.GetValue(gold) ?? []).SelectMany(d => Directory.GetFiles(d, "*.json")).ToList(),
                    LexiconPath = p.GetValue(lexicon) ?? Path.Combine(root, "data", "lexicon", "ben.wordlist"),
                };
                var (catalog, report) = CatalogBuilder.Build(existing, sources);
                catalog.Save(path);
                Console.Error.WriteLine($"apa catalog build: {path}: {report}");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"apa catalog build: {e.Message}");
                return ExitCodes.InputRejected;
            }
        });
        return command;
    }

    private static Command MatchText()
    {
        var catalogOption = CatalogOption();
        var name = new Argument<string>("NAME") { Description = "indicator text as printed" };
        var activity = new Option<string>("--activity") { Description = "activity text" };
        var unit = new Option<string>("--unit") { Description = "unit (contract value or printed word)" };
        var calculation = new Option<string>("--calculation") { Description = "calculation method (contract value or printed word)" };
        var group = new Option<string>("--group") { Description = "office or governance" };
        var code = new Option<string>("--code") { Description = "indicator code, e.g. 1.1.1" };
        var kind = new Option<string>("--office-kind") { Description = "office kind id (uno, dc, police, ict, ...)" };
        var top = new Option<int>("--top") { Description = "candidates to show", DefaultValueFactory = _ => 3 };
        var command = new Command("match", "Show the canonical id the matcher gives a wording, with scores.")
        {
            catalogOption, name, activity, unit, calculation, group, code, kind, top,
        };
        command.SetAction(p => Run("match", p.GetValue(catalogOption), catalog =>
        {
            var matcher = new CanonicalMatcher(catalog);
            var query = new MatchQuery(
                p.GetValue(name)!, p.GetValue(activity), RawVocabulary.Unit(p.GetValue(unit)), RawVocabulary.Calculation(p.GetValue(calculation)),
                p.GetValue(group), p.GetValue(code), p.GetValue(kind));
            var match = matcher.Match(query);
            Console.WriteLine($"{match.Id}\t{match.Score.ToString("0.000", CultureInfo.InvariantCulture)}\t{(match.IsProvisional ? "provisional" : "matched")}");
            foreach (var (entry, score) in matcher.Rank(query, p.GetValue(top)))
            {
                Console.WriteLine($"  {entry.Id}\t{score.ToString("0.000", CultureInfo.InvariantCulture)}\t{entry.NameBn}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Merges()
    {
        var catalogOption = CatalogOption();
        var command = new Command("merges", "Print old id → current id for every merged entry (what storage applies to stored records).") { catalogOption };
        command.SetAction(p => Run("merges", p.GetValue(catalogOption), catalog =>
        {
            foreach (var (from, to) in catalog.ResolveMerges())
            {
                Console.WriteLine($"{from}\t{to}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Accuracy()
    {
        var catalogOption = CatalogOption();
        var gold = new Option<string>("--gold") { Description = "directory of gold document JSONs (with canonical_id)", Required = true };
        var pred = new Option<string>("--pred") { Description = "directory of predicted document JSONs named NAME.VARIANT.json (optional)" };
        var misses = new Option<int>("--show-misses") { Description = "print up to N wrong assignments", DefaultValueFactory = _ => 0 };
        var threshold = new Option<double>("--threshold") { Description = "acceptance score", DefaultValueFactory = _ => CanonicalMatcher.DefaultThreshold };
        var command = new Command("accuracy", "Canonical assignment accuracy on gold text (an upper bound) and, with --pred, on extracted documents per variant.")
        {
            catalogOption, gold, pred, misses, threshold,
        };
        command.SetAction(p => Run("accuracy", p.GetValue(catalogOption), catalog =>
        {
            var measure = new AssignmentAccuracy(new CanonicalMatcher(catalog, p.GetValue(threshold)));
            var goldDir = p.GetValue(gold)!;
            var lines = measure.OnGold(Directory.GetFiles(goldDir, "*.json")).ToList();
            if (p.GetValue(pred) is { } predDir)
            {
                lines.AddRange(measure.OnPredictions(goldDir, Directory.GetFiles(predDir, "*.json")));
            }

            foreach (var miss in measure.Misses.Take(p.GetValue(misses)))
            {
                Console.WriteLine($"miss {miss.File} {miss.Code} '{miss.Name}' expected {miss.Expected} got {miss.Got} ({miss.Score:0.000})");
            }

            foreach (var line in lines)
            {
                Console.WriteLine(line);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string DateOf(string? date)
    {
        if (date is null)
        {
            return DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? date
            : throw new CatalogEditException($"--date must be YYYY-MM-DD, not '{date}'");
    }

    private static int Edit(string verb, string? catalogPath, Func<IndicatorCatalog, IndicatorCatalog> change, string done)
    {
        var path = catalogPath ?? CatalogLocator.FindDefault();
        return Run(verb, path, catalog =>
        {
            var changed = change(catalog);
            changed.Save(path!);
            Console.Error.WriteLine($"apa catalog {verb}: {done} ({path})");
            return ExitCodes.Success;
        });
    }

    private static int Run(string verb, string? catalogPath, Func<IndicatorCatalog, int> action)
    {
        var path = catalogPath ?? CatalogLocator.FindDefault();
        try
        {
            if (path is null || !File.Exists(path))
            {
                Console.Error.WriteLine($"apa catalog {verb}: {path ?? CatalogLocator.RelativePath}: no catalog file (run 'apa catalog build' or pass --catalog)");
                return ExitCodes.InputRejected;
            }

            return action(IndicatorCatalog.Load(path));
        }
        catch (CatalogEditException e)
        {
            Console.Error.WriteLine($"apa catalog {verb}: {e.Message}");
            return ExitCodes.InputRejected;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or JsonException)
        {
            Console.Error.WriteLine($"apa catalog {verb}: {path}: {e.Message}");
            return ExitCodes.InputRejected;
        }
    }
}
