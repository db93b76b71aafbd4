using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;
using ApaIngest.Extraction.Codes;
using ApaIngest.Extraction.Headers;
using ApaIngest.Extraction.Tables;

namespace ApaIngest.Extraction.Sections;

/// <summary>
/// Section 3, the performance plan: its tables in document order are one table (the header repeats on every page, the
/// band rows name the office and governance groups). Area and activity cells span many rows and are carried down; a row
/// without its own code gets it from its position under its activity; a row split by a page break joins the row above.
/// </summary>
public sealed class PerformancePlanReader(IssueLog issues)
{
    private readonly List<IndicatorDraft> drafts = [];
    private readonly Dictionary<(string Group, string Code), (string Name, double? Weight)> areas = [];
    private readonly List<(string Group, string Code)> areaOrder = [];

    private string group = Groups.Office;
    private string? areaCode;
    private string areaName = "";
    private double? areaWeight;
    private bool areaPending;
    private string? activityCode;
    private string activityName = "";

    public int TableCount { get; private set; }
    public string? HeaderFiscalYear { get; private set; }

    public void Add(TableGrid grid, TableHeader header)
    {
        TableCount++;
        var ladder = header.IndicesOf(ColumnRole.Target).ToList();
        HeaderFiscalYear ??= ladder.Select(c => header.Columns[c].FiscalYear).FirstOrDefault(y => y is not null);
        for (var r = header.RowCount; r < grid.RowCount; r++)
        {
            ReadRow(new RowCells(grid, r), header);
        }
    }

    private void ReadRow(RowCells row, TableHeader h)
    {
        var grid = row.Grid;
        var page = grid.PageNumber;
        if (RowKinds.BandGroup(grid, row.Row) is { } band)
        {
            if (band != group)
            {
                group = band;
                areaCode = null;
                areaName = "";
                activityCode = null;
                activityName = "";
            }

            return;
        }

        if (RowKinds.IsHeaderLike(grid, row.Row))
        {
            return;
        }

        var areaText = row.Text(h.IndexOf(ColumnRole.Area));
        var activityText = row.Text(h.IndexOf(ColumnRole.Activity));
        var indicatorText = row.Text(h.IndexOf(ColumnRole.Indicator));
        var weightText = row.Text(h.IndexOf(ColumnRole.Weight));
        var valueColumns = h.IndicesOf(ColumnRole.Actual).Concat(h.IndicesOf(ColumnRole.Target)).Concat(h.IndicesOf(ColumnRole.Projection)).ToList();
        var hasValues = row.AnyText(valueColumns);

        if (areaText.Length > 0)
        {
            var coded = CodeSplitter.Split(areaText);
            if (IsGovernanceName(coded.Text))
            {
                group = Groups.Governance;
            }

            var sameArea = coded.Code is not null ? coded.Code == areaCode && !areaPending : coded.Text == areaName;
            if (!sameArea)
            {
                areaCode = coded.Code;
                areaPending = coded.Code is null;
                areaName = coded.Text;
                areaWeight = CellValues.Number(row.Text(h.IndexOf(ColumnRole.AreaWeight)));
                activityCode = null;
                activityName = "";
                if (areaCode is not null)
                {
                    RegisterArea();
                }
            }
        }

        var indicator = CodeSplitter.Split(indicatorText, activityCode);
        var activity = CodeSplitter.Split(activityText, areaPending ? null : areaCode);
        var isNewIndicator = indicator.Code is not null || weightText.Length > 0 || (indicator.Text.Length > 0 && hasValues);

        if (!isNewIndicator)
        {
            // A row split by a page break (or a wrapped cell drawn as its own row): its text and cells join the row above.
            var last = drafts.Count > 0 ? drafts[^1] : null;
            if (last is null || (indicator.Text.Length == 0 && activity.Text.Length == 0 && !hasValues))
            {
                if (activity.Code is not null)
                {
                    StartActivity(activity);
                }

                return;
            }

            if (activity.Code is not null && activity.Code != activityCode)
            {
                StartActivity(activity);
                return;
            }

            if (indicator.Text.Length > 0)
            {
                last.Name = Join(last.Name, indicator.Text);
            }

            if (activity.Text.Length > 0 && activity.Code is null && !activityName.EndsWith(activity.Text, StringComparison.Ordinal))
            {
                activityName = Join(activityName, activity.Text);
                foreach (var d in drafts.Where(d => d.Group == last.Group && d.ActivityCode == last.ActivityCode))
                {
                    d.Activity = activityName;
                }
            }

            FillEmpty(last, row, h);
            issues.Info("row-joined", $"a row without code or weight joined indicator {last.Code}", page);
            return;
        }

        if (activity.Code is not null || (activity.Text.Length > 0 && activity.Text != activityName))
        {
            if (activity.Code is null && indicator.Code is { } ic && CodeParser.Parent(ic) == activityCode)
            {
                // The activity's text continues on this page without its code.
                activityName = activityName.EndsWith(activity.Text, StringComparison.Ordinal) ? activityName : Join(activityName, activity.Text);
            }
            else
            {
                StartActivity(activity with { Code = activity.Code ?? (indicator.Code is { } c ? CodeParser.Parent(c) : null) });
            }
        }

        string code;
        var name = indicator.Text;
        if (indicator.Code is not null && indicator.Depth == 2 && (activityCode is null || indicator.Code != activityCode))
        {
            // The activity's cell shifted into the indicator column ("[৩.২] ..." where "[৩.২.১] ..." belongs).
            StartActivity(indicator);
            code = indicator.Code + ".1";
            issues.Warning("cell-shifted", $"activity {indicator.Code} found in the indicator column; indicator coded {code}", page);
        }
        else if (indicator.Code is not null && indicator.Depth >= 3)
        {
            code = indicator.Code;
            var parent = CodeParser.Parent(code)!;
            if (activityCode is null)
            {
                activityCode = parent;
            }
            else if (parent != activityCode)
            {
                issues.Warning("code-mismatch", $"indicator {code} is not under activity {activityCode}", page);
            }
        }
        else
        {
            var under = activityCode ?? "?";
            var n = drafts.Count(d => d.Group == group && d.ActivityCode == under) + 1;
            code = $"{under}.{n}";
            issues.Info("code-inferred", $"indicator without a code coded {code} from its place under activity {under}", page);
        }

        activityCode ??= CodeParser.Parent(code);
        var firstSegment = code.Split('.')[0];
        if (areaCode is null || areaPending)
        {
            areaCode = firstSegment;
            areaPending = false;
            RegisterArea();
        }

        if (drafts.Any(d => d.Group == group && d.Code == code))
        {
            issues.Warning("duplicate-indicator", $"indicator {code} ({group}) appears twice; the first is kept", page);
            return;
        }

        var draft = new IndicatorDraft
        {
            Group = group,
            Code = code,
            AreaCode = areaCode ?? firstSegment,
            ActivityCode = activityCode ?? firstSegment,
            Activity = activityName,
            Name = name,
            HasCalculationColumn = h.Has(ColumnRole.Calculation),
            Page = row.Grid.PageNumber,
            Box = row.Box,
            Confidence = row.MinConfidence,
        };
        draft.CalculationRaw = NullIfEmpty(row.Text(h.IndexOf(ColumnRole.Calculation)));
        draft.UnitRaw = NullIfEmpty(row.Text(h.IndexOf(ColumnRole.Unit)));
        draft.WeightRaw = NullIfEmpty(weightText);
        foreach (var c in h.IndicesOf(ColumnRole.Actual))
        {
            draft.Actuals.Add((c, h.Columns[c].FiscalYear, row.Text(c)));
        }

        foreach (var c in h.IndicesOf(ColumnRole.Target).Where(c => h.Columns[c].Level is not null))
        {
            draft.Targets.Add((c, h.Columns[c].Level!, row.Text(c)));
        }

        foreach (var c in h.IndicesOf(ColumnRole.Projection))
        {
            draft.Projections.Add((c, h.Columns[c].FiscalYear, row.Text(c)));
        }

        drafts.Add(draft);
    }

    private void StartActivity(CodedText activity)
    {
        activityCode = activity.Code;
        activityName = activity.Text;
    }

    private void RegisterArea()
    {
        var key = (group, areaCode!);
        if (!areas.ContainsKey(key))
        {
            areas[key] = (areaName, areaWeight);
            areaOrder.Add(key);
        }
    }

    private static void FillEmpty(IndicatorDraft draft, RowCells row, TableHeader h)
    {
        for (var i = 0; i < draft.Actuals.Count; i++)
        {
            var (c, fy, raw) = draft.Actuals[i];
            if (raw.Length == 0 && c < h.Columns.Count)
            {
                draft.Actuals[i] = (c, fy, row.Text(c));
            }
        }

        for (var i = 0; i < draft.Targets.Count; i++)
        {
            var (c, level, raw) = draft.Targets[i];
            if (raw.Length == 0 && c < h.Columns.Count)
            {
                draft.Targets[i] = (c, level, row.Text(c));
            }
        }

        for (var i = 0; i < draft.Projections.Count; i++)
        {
            var (c, fy, raw) = draft.Projections[i];
            if (raw.Length == 0 && c < h.Columns.Count)
            {
                draft.Projections[i] = (c, fy, row.Text(c));
            }
        }

        draft.UnitRaw ??= NullIfEmpty(row.Text(h.IndexOf(ColumnRole.Unit)));
        draft.CalculationRaw ??= NullIfEmpty(row.Text(h.IndexOf(ColumnRole.Calculation)));
    }

    public static bool IsGovernanceName(string text)
    {
        var w = new HeaderWords(text);
        return (w.Has("সুশাসন") && w.Has("সংস্কারমূলক")) || (w.Has("আবশ্যিক") && w.Has("উদ্দেশ্য"));
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>The indicators (office first, then governance, by code) and the areas, with values read.</summary>
    public (IReadOnlyList<Indicator> Indicators, IReadOnlyList<PerformanceArea> Areas) Build(string? fiscalYear)
    {
        var fy = fiscalYear ?? HeaderFiscalYear;
        RepairCodeSequence();
        var indicators = drafts
            .Select(d => ToIndicator(d, fy))
            .OrderBy(i => i.Group == Groups.Office ? 0 : 1)
            .ThenBy(i => i.Code, CodeOrder.Instance)
            .ToList();
        var areaList = areaOrder
            .Select(k => new PerformanceArea(k.Group, k.Code, areas[k].Name, areas[k].Weight))
            .OrderBy(a => a.Group == Groups.Office ? 0 : 1)
            .ThenBy(a => a.Code, CodeOrder.Instance)
            .ToList();
        return (indicators, areaList);
    }

    /// <summary>OCR-misread codes put back in sequence, per group (see <see cref="CodeSequenceRepair"/>).</summary>
    private void RepairCodeSequence()
    {
        foreach (var members in drafts.GroupBy(d => d.Group).Select(g => g.ToList()))
        {
            var repaired = CodeSequenceRepair.Repair(members.Select(d => d.Code).ToList(), members.Select(d => d.Confidence < 1).ToList());
            for (var i = 0; i < members.Count; i++)
            {
                var d = members[i];
                if (repaired[i] == d.Code || members.Any(o => o.Code == repaired[i]))
                {
                    continue;
                }

                issues.Warning("code-repaired", $"indicator code {d.Code} read by OCR out of sequence; coded {repaired[i]} from its neighbours", d.Page);
                var oldArea = d.AreaCode;
                d.Code = repaired[i];
                d.ActivityCode = CodeParser.Parent(d.Code) ?? d.ActivityCode;
                var area = d.Code.Split('.')[0];
                if (oldArea != area && !drafts.Any(o => o.Group == d.Group && o.AreaCode == oldArea && !ReferenceEquals(o, d)))
                {
                    // the area existed only through the misread code
                    var key = (d.Group, oldArea);
                    if (areas.Remove(key, out var named))
                    {
                        var at = areaOrder.IndexOf(key);
                        areaOrder.RemoveAt(at);
                        if (areas.TryAdd((d.Group, area), named))
                        {
                            areaOrder.Insert(at, (d.Group, area));
                        }
                    }
                }

                d.AreaCode = area;
            }
        }
    }

    private Indicator ToIndicator(IndicatorDraft d, string? fy)
    {
        var unit = UnitNormalizer.Normalize(d.UnitRaw);
        var where = $"indicator {d.Code}";
        // OCR rows: Latin look-alikes of Bangla digits put back before parsing; the raw text is kept as read
        Func<string, string> text = d.Confidence < 1 ? OcrDigits.Fix : static raw => raw;
        var actuals = d.Actuals.Select((a, i) => new YearValue(
            a.FiscalYear ?? (fy is null ? null : FiscalYears.Offset(fy, i - d.Actuals.Count)),
            CellValues.Read(text(a.Raw), unit.Unit, unit.Scale, where, issues, d.Page), a.Raw)).ToList();
        var targets = d.Targets.Select(t => new TargetValue(t.Level,
            CellValues.Read(text(t.Raw), unit.Unit, unit.Scale, where, issues, d.Page), t.Raw)).ToList();
        var projections = d.Projections.Select((p, i) => new YearValue(
            p.FiscalYear ?? (fy is null ? null : FiscalYears.Offset(fy, i + 1)),
            CellValues.Read(text(p.Raw), unit.Unit, unit.Scale, where, issues, d.Page), p.Raw)).ToList();
        var calculation = d.HasCalculationColumn ? CalculationNormalizer.Normalize(d.CalculationRaw) : null;
        if (d.HasCalculationColumn && d.CalculationRaw is not null && calculation is null)
        {
            issues.Warning("calculation-unknown", $"{where}: calculation method '{d.CalculationRaw}' not recognised", d.Page);
        }

        var weight = d.WeightRaw is null ? null : CellValues.Number(d.WeightRaw);
        if (d.WeightRaw is not null && weight is null)
        {
            issues.Warning("cell-unreadable", $"{where}: weight '{d.WeightRaw}' is not a number", d.Page);
        }

        return new Indicator
        {
            Group = d.Group,
            AreaCode = d.AreaCode,
            ActivityCode = d.ActivityCode,
            Activity = d.Activity,
            Code = d.Code,
            Name = d.Name,
            Calculation = calculation,
            CalculationRaw = d.CalculationRaw,
            Unit = unit.Unit,
            UnitRaw = d.UnitRaw,
            UnitScale = unit.Scale,
            Weight = weight,
            Actuals = actuals,
            Targets = targets,
            Projections = projections,
            Confidence = Math.Round(d.Confidence, 3),
            Provenance = new Provenance(d.Page, d.Box.ToArray()),
        };
    }
}
