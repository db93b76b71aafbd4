using System.Globalization;
using System.Text.RegularExpressions;
using ApaIngest.Core.Documents;
using ApaIngest.Data.Offices;

namespace ApaIngest.Data.Loading;

public sealed record AreaRow(int Ordinal, string Group, string Code, string Name, double? Weight);

public sealed record IndicatorRow(
    int Ordinal, string Group, string AreaCode, string ActivityCode, string Activity, string Code, string Name,
    string? Calculation, string? CalculationRaw, string Unit, string? UnitRaw, double UnitScale, double? Weight,
    string? CanonicalId, double Confidence, int? Page, double[]? Bbox);

public sealed record ValueRow(
    int IndicatorOrdinal, string Kind, string? Level, string? FiscalYear, double? Numeric, DateOnly? Date, string? Text,
    string Unit, double Scale, string? Raw, double Confidence, int? Page, double[]? Bbox);

public sealed record IssueRow(int Ordinal, string Severity, string Code, string Message, int? Page);

/// <summary>
/// A document JSON flattened into the rows of the relational model. Values the schema's constraints would refuse
/// (a malformed fiscal year, an unknown unit) are stored as null/other and reported as a <c>store.coerced</c> issue
/// rather than losing the whole document.
/// </summary>
public sealed partial record DocumentRows(
    string? FiscalYear, string Status, OfficeProfile? Signatory, string? SignatoryTitle, OfficeProfile? Supervisor,
    string? SupervisorTitle, DateOnly? SignedOn, string? Vision, string? Mission,
    IReadOnlyList<AreaRow> Areas, IReadOnlyList<IndicatorRow> Indicators, IReadOnlyList<ValueRow> Values, IReadOnlyList<IssueRow> Issues)
{
    public const string Actual = "actual";
    public const string Target = "target";
    public const string Projection = "projection";
    public const string CoercedIssue = "store.coerced";

    private static readonly HashSet<string> KnownUnits =
        [Units.Percent, Units.Count, Units.Persons, Units.Date, Units.Score, Units.Taka, Units.Other];

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}$")]
    private static partial Regex FiscalYearPattern();

    public static DocumentRows From(ApaDocument document, OfficeClassifier offices)
    {
        var coerced = new List<string>();
        var agreement = document.Agreement;
        var areas = document.PerformanceAreas
            .Select((a, i) => new AreaRow(i + 1, Group(a.Group, $"area {a.Code}", coerced), a.Code, a.Name, a.Weight))
            .ToList();
        var indicators = new List<IndicatorRow>();
        var values = new List<ValueRow>();
        foreach (var (indicator, index) in document.Indicators.Select((x, i) => (x, i)))
        {
            var ordinal = index + 1;
            var where = $"indicator {indicator.Code}";
            var unit = KnownUnits.Contains(indicator.Unit) ? indicator.Unit : Coerce(Units.Other, $"{where}: unit '{indicator.Unit}'", coerced);
            var scale = indicator.UnitScale > 0 && double.IsFinite(indicator.UnitScale) ? indicator.UnitScale : Coerce(1.0, $"{where}: unit scale {indicator.UnitScale}", coerced);
            var confidence = Math.Clamp(double.IsFinite(indicator.Confidence) ? indicator.Confidence : 0, 0, 1);
            var page = indicator.Provenance?.Page;
            var bbox = indicator.Provenance?.Bbox?.ToArray();
            indicators.Add(new IndicatorRow(ordinal, Group(indicator.Group, where, coerced), indicator.AreaCode, indicator.ActivityCode,
                indicator.Activity, indicator.Code, indicator.Name, indicator.Calculation, indicator.CalculationRaw, unit, indicator.UnitRaw,
                scale, indicator.Weight, indicator.CanonicalId, confidence, page, bbox));

            ValueRow Row(string kind, string? level, string? year, CellValue value, string? raw)
            {
                var (numeric, date, text) = Split(value);
                return new ValueRow(ordinal, kind, level, CheckedFiscalYear(year, where, coerced), numeric, date, text, unit, scale, raw, confidence, page, bbox);
            }

            values.AddRange(indicator.Actuals.Select(v => Row(Actual, null, v.FiscalYear, v.Value, v.Raw)));
            foreach (var t in indicator.Targets)
            {
                if (TargetLevels.All.Contains(t.Level))
                {
                    values.Add(Row(Target, t.Level, null, t.Value, t.Raw));
                }
                else
                {
                    coerced.Add($"{where}: target level '{t.Level}' dropped");
                }
            }

            values.AddRange(indicator.Projections.Select(v => Row(Projection, null, v.FiscalYear, v.Value, v.Raw)));
        }

        var issues = document.Issues
            .Select(i => (i.Severity is Severities.Error or Severities.Warning or Severities.Info ? i.Severity : Severities.Warning, i.Code, i.Message, i.Page))
            .ToList();
        var fiscalYear = CheckedFiscalYear(agreement.FiscalYear, "agreement", coerced);
        issues.AddRange(coerced.Select(c => (Severities.Warning, CoercedIssue, $"stored differently from the JSON: {c}", (int?)null)));
        var issueRows = issues.Select((i, n) => new IssueRow(n + 1, i.Item1, i.Code, i.Message, i.Item4)).ToList();
        var status = issueRows.Any(i => i.Severity == Severities.Error) ? "loaded-with-errors" : "loaded";

        return new DocumentRows(fiscalYear, status,
            Office(agreement.Signatory.Office, offices), agreement.Signatory.Title,
            Office(agreement.Supervisor.Office, offices), agreement.Supervisor.Title,
            DateOnly.TryParseExact(agreement.SignedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signed) ? signed : null,
            agreement.Vision, agreement.Mission, areas, indicators, values, issueRows);
    }

    private static OfficeProfile? Office(string? name, OfficeClassifier offices) =>
        string.IsNullOrWhiteSpace(name) || OfficeNames.Normalize(name).Length == 0 ? null : offices.Classify(name);

    private static (double? Numeric, DateOnly? Date, string? Text) Split(CellValue value)
    {
        if (value.Number is { } n)
        {
            return double.IsFinite(n) ? (n, null, null) : (null, null, n.ToString(CultureInfo.InvariantCulture));
        }

        if (value.Text is { } t)
        {
            return DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? (null, d, null) : (null, null, t);
        }

        return (null, null, null);
    }

    private static string? CheckedFiscalYear(string? year, string where, List<string> coerced) =>
        year is null || FiscalYearPattern().IsMatch(year) ? year : Coerce<string?>(null, $"{where}: fiscal year '{year}'", coerced);

    private static string Group(string group, string where, List<string> coerced) =>
        group is Groups.Office or Groups.Governance ? group : Coerce(Groups.Office, $"{where}: group '{group}'", coerced);

    private static T Coerce<T>(T replacement, string what, List<string> coerced)
    {
        coerced.Add(what);
        return replacement;
    }
}
