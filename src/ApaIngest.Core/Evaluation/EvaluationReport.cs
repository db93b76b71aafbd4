using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApaIngest.Core.Evaluation;

/// <summary>Renders an <see cref="EvaluationResult"/> as the console table, the JSON report and the markdown of docs/accuracy.md.</summary>
public static class EvaluationReport
{
    private static readonly (string Header, Func<Score, string> Value)[] Columns =
    [
        ("ind_P", s => F(s.Indicators.Precision)),
        ("ind_R", s => F(s.Indicators.Recall)),
        ("ind_F1", s => F(s.Indicators.F1)),
        ("name", s => F(s.Field(Fields.Name).Rate)),
        ("unit", s => F(s.Field(Fields.Unit).Rate)),
        ("calc", s => F(s.Field(Fields.Calculation).Rate)),
        ("weight", s => F(s.Field(Fields.Weight).Rate)),
        ("cells", s => F(s.Cells.Rate)),
        ("cells_m", s => F(s.CellsOfMatched.Rate)),
        ("agree", s => F(s.AgreementFields.Rate)),
        ("areas_w", s => F(s.Field(Fields.AreaWeight).Rate)),
    ];

    /// <summary>The one summary line that is always printed last.</summary>
    public static string SummaryLine(EvaluationResult result) =>
        string.Create(CultureInfo.InvariantCulture,
            $"eval: indicators_f1={result.Overall.Indicators.F1:0.000} cells_exact={result.Overall.Cells.Rate ?? 0:0.000} names_char_acc={result.Overall.Field(Fields.Name).Rate ?? 0:0.000} files={result.Documents.Count}");

    public static string ToText(EvaluationResult result)
    {
        var sb = new StringBuilder();
        List<string[]> rows = [["variant", "files", .. Columns.Select(c => c.Header)]];
        foreach (var (variant, score) in result.ByVariant)
        {
            var files = result.Documents.Count(d => d.Variant == variant);
            rows.Add([variant, files.ToString(CultureInfo.InvariantCulture), .. Columns.Select(c => c.Value(score))]);
        }

        rows.Add(["all", result.Documents.Count.ToString(CultureInfo.InvariantCulture), .. Columns.Select(c => c.Value(result.Overall))]);
        AppendAligned(sb, rows);
        sb.AppendLine();

        List<string[]> fieldRows = [["field", .. result.ByVariant.Keys, "all", "n(all)"]];
        foreach (var field in result.Overall.Fields.Keys)
        {
            fieldRows.Add([field, .. result.ByVariant.Values.Select(s => F(s.Field(field).Rate)), F(result.Overall.Field(field).Rate),
                result.Overall.Field(field).Total.ToString(CultureInfo.InvariantCulture)]);
        }

        AppendAligned(sb, fieldRows);
        foreach (var d in result.Documents.Where(d => d.Status != DocumentScore.Ok))
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{d.Name} [{d.Variant}]: {d.Status}{(d.PredFile is null ? string.Empty : $" ({d.PredFile})")}");
        }

        foreach (var w in result.Warnings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\nwarning: {w}");
        }

        return sb.ToString().TrimEnd() + "\n";
    }

    public static string ToMarkdown(EvaluationResult result)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| variant | files | " + string.Join(" | ", Columns.Select(c => c.Header)) + " |");
        sb.AppendLine("|---|---|" + string.Concat(Columns.Select(_ => "---|")));
        foreach (var (variant, score) in result.ByVariant)
        {
            var files = result.Documents.Count(d => d.Variant == variant);
            sb.AppendLine($"| {variant} | {files} | " + string.Join(" | ", Columns.Select(c => c.Value(score))) + " |");
        }

        sb.AppendLine($"| **all** | {result.Documents.Count} | " + string.Join(" | ", Columns.Select(c => c.Value(result.Overall))) + " |");
        sb.AppendLine();
        sb.AppendLine("| field | " + string.Join(" | ", result.ByVariant.Keys) + " | all | n(all) |");
        sb.AppendLine("|---|" + string.Concat(result.ByVariant.Keys.Select(_ => "---|")) + "---|---|");
        foreach (var field in result.Overall.Fields.Keys)
        {
            sb.AppendLine($"| {field} | " + string.Join(" | ", result.ByVariant.Values.Select(s => F(s.Field(field).Rate)))
                + $" | {F(result.Overall.Field(field).Rate)} | {result.Overall.Field(field).Total} |");
        }

        var failed = result.Documents.Where(d => d.Status != DocumentScore.Ok).ToList();
        if (failed.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine($"Scored as zero ({failed.Count}): " + string.Join(", ", failed.Select(d => $"{d.Name}.{d.Variant} ({d.Status})")));
        }

        return sb.ToString();
    }

    public static string ToJson(EvaluationResult result)
    {
        var root = new JsonObject
        {
            ["summary"] = ScoreJson(result.Overall, result.Documents.Count),
            ["by_variant"] = new JsonObject(result.ByVariant.Select(kv =>
                KeyValuePair.Create(kv.Key, (JsonNode?)ScoreJson(kv.Value, result.Documents.Count(d => d.Variant == kv.Key))))),
            ["documents"] = new JsonArray(result.Documents.Select(d => (JsonNode?)new JsonObject
            {
                ["name"] = d.Name,
                ["variant"] = d.Variant,
                ["pred_file"] = d.PredFile,
                ["status"] = d.Status,
                ["score"] = ScoreJson(d.Score, 1),
            }).ToArray()),
            ["warnings"] = new JsonArray(result.Warnings.Select(w => (JsonNode?)w).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject ScoreJson(Score s, int files) => new()
    {
        ["files"] = files,
        ["indicators_precision"] = Round(s.Indicators.Precision),
        ["indicators_recall"] = Round(s.Indicators.Recall),
        ["indicators_f1"] = Round(s.Indicators.F1),
        ["indicators_tp"] = s.Indicators.TruePositives,
        ["indicators_fp"] = s.Indicators.FalsePositives,
        ["indicators_fn"] = s.Indicators.FalseNegatives,
        ["cells_exact"] = Round(s.Cells.Rate),
        ["cells_exact_matched"] = Round(s.CellsOfMatched.Rate),
        ["names_char_acc"] = Round(s.Field(Fields.Name).Rate),
        ["agreement"] = Round(s.AgreementFields.Rate),
        ["fields"] = new JsonObject(s.Fields.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)new JsonObject
        {
            ["rate"] = Round(kv.Value.Rate),
            ["score"] = Math.Round(kv.Value.Score, 6),
            ["total"] = kv.Value.Total,
        }))),
    };

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 6) : null;

    private static string F(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    private static void AppendAligned(StringBuilder sb, List<string[]> rows)
    {
        var widths = new int[rows.Max(r => r.Length)];
        foreach (var r in rows)
        {
            for (var i = 0; i < r.Length; i++)
            {
                widths[i] = Math.Max(widths[i], r[i].Length);
            }
        }

        foreach (var r in rows)
        {
            for (var i = 0; i < r.Length; i++)
            {
                sb.Append(i == 0 ? r[i].PadRight(widths[i]) : "  " + r[i].PadLeft(widths[i]));
            }

            sb.AppendLine();
        }
    }
}
