using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;
using ApaIngest.Extraction.Headers;
using ApaIngest.Extraction.Tables;

namespace ApaIngest.Extraction.Sections;

/// <summary>Section 2, outcomes/impact: outcome (rowspanned, carried down), indicator, unit, two actuals, the year's target, two projections.</summary>
public sealed class OutcomeReader(IssueLog issues)
{
    private readonly List<Outcome> outcomes = [];
    private string? current;

    public IReadOnlyList<Outcome> Outcomes => outcomes;

    public void Add(TableGrid grid, TableHeader h, string? fiscalYear)
    {
        for (var r = h.RowCount; r < grid.RowCount; r++)
        {
            if (RowKinds.IsHeaderLike(grid, r))
            {
                continue;
            }

            var row = new RowCells(grid, r);
            var outcomeText = row.Text(h.IndexOf(ColumnRole.Outcome));
            if (outcomeText.Length > 0)
            {
                current = outcomeText;
            }

            var indicator = row.Text(h.IndexOf(ColumnRole.Indicator));
            if (indicator.Length == 0)
            {
                continue;
            }

            var unitRaw = row.Text(h.IndexOf(ColumnRole.Unit));
            var unit = UnitNormalizer.Normalize(unitRaw);
            var where = $"outcome '{indicator}'";
            var actualCols = h.IndicesOf(ColumnRole.Actual).ToList();
            var projCols = h.IndicesOf(ColumnRole.Projection).ToList();
            var targetCol = h.IndexOf(ColumnRole.Target);
            YearValue Cell(int c, string? fy) =>
                new(fy, CellValues.Read(row.Text(c), unit.Unit, unit.Scale, where, issues, grid.PageNumber), row.Text(c));
            outcomes.Add(new Outcome
            {
                Name = current,
                Indicator = indicator,
                Unit = unit.Unit,
                UnitRaw = unitRaw.Length == 0 ? null : unitRaw,
                Actuals = actualCols.Select((c, i) => Cell(c, h.Columns[c].FiscalYear ?? (fiscalYear is null ? null : FiscalYears.Offset(fiscalYear, i - actualCols.Count)))).ToList(),
                Target = targetCol < 0 ? null : Cell(targetCol, h.Columns[targetCol].FiscalYear ?? fiscalYear),
                Projections = projCols.Select((c, i) => Cell(c, h.Columns[c].FiscalYear ?? (fiscalYear is null ? null : FiscalYears.Offset(fiscalYear, i + 1)))).ToList(),
                JointlyResponsible = Nullable(row.Text(h.IndexOf(ColumnRole.JointlyResponsible))),
                DataSource = Nullable(row.Text(h.IndexOf(ColumnRole.DataSource))),
            });
        }
    }

    private static string? Nullable(string s) => s.Length == 0 ? null : s;
}
