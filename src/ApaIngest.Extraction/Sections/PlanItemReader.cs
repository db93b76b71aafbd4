using ApaIngest.Core.Documents;
using ApaIngest.Extraction.Codes;
using ApaIngest.Extraction.Headers;
using ApaIngest.Extraction.Tables;

namespace ApaIngest.Extraction.Sections;

/// <summary>
/// Annexes 4-8, the governance action plans: one plan item per indicator row with the annex number, the activity's
/// code, activity and indicator text, unit, weight and the target (annex 4: the year's target column; annexes 5-8: the
/// first ladder column).
/// </summary>
public sealed class PlanItemReader
{
    private readonly List<PlanItem> items = [];
    private string? activity;
    private string? activityCode;

    public IReadOnlyList<PlanItem> Items => items;

    public void Add(TableGrid grid, TableHeader h, int annex)
    {
        var activityCol = h.IndexOf(ColumnRole.Activity);
        var indicatorCol = h.IndexOf(ColumnRole.Indicator);
        var weightCol = h.IndexOf(ColumnRole.Weight);
        var unitCol = h.IndexOf(ColumnRole.Unit);
        var targetCol = h.IndicesOf(ColumnRole.Target).FirstOrDefault(-1);
        for (var r = h.RowCount; r < grid.RowCount; r++)
        {
            if (RowKinds.IsHeaderLike(grid, r))
            {
                continue;
            }

            var row = new RowCells(grid, r);
            var activityText = row.Text(activityCol);
            if (activityText.Length > 0)
            {
                var coded = CodeSplitter.Split(activityText);
                activity = coded.Text;
                activityCode = coded.Code;
            }

            var indicatorText = row.Text(indicatorCol);
            var weight = row.Text(weightCol);
            if (indicatorText.Length == 0 && weight.Length == 0)
            {
                continue;
            }

            var indicator = CodeSplitter.Split(indicatorText);
            var code = activityCode ?? (indicator.Code is { } ic ? Core.Normalization.CodeParser.Parent(ic) ?? ic : null);
            items.Add(new PlanItem
            {
                Annex = annex,
                Code = code,
                Activity = activity,
                Indicator = indicator.Text.Length == 0 ? null : indicator.Text,
                UnitRaw = Nullable(row.Text(unitCol)),
                Weight = CellValues.Number(weight),
                Target = Nullable(row.Text(targetCol)),
            });
        }
    }

    public void EndTable()
    {
        activity = null;
        activityCode = null;
    }

    private static string? Nullable(string s) => s.Length == 0 ? null : s;
}
