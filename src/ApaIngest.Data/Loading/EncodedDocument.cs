using System.Runtime.CompilerServices;

namespace ApaIngest.Data.Loading;

/// <summary>
/// A document's rows already in binary COPY form, one buffer per table, with the ids (of the document, its
/// agreement, its indicators and offices) as slots that <see cref="AssignIds"/> fills once the writer has reserved
/// them. Encoding happens on the extraction workers; the writer only patches ids and streams bytes.
/// </summary>
internal sealed class EncodedDocument
{
    public const string DocumentsCopy = """
        COPY documents (id, sha256, file_name, source_path, page_count, text_source, fiscal_year, schema_version,
                        pipeline_version, model_version, status, document_json) FROM STDIN (FORMAT BINARY)
        """;

    public const string AgreementsCopy = """
        COPY agreements (id, document_id, fiscal_year, signatory_office_id, signatory_title, supervisor_office_id,
                         supervisor_title, signed_on, vision, mission) FROM STDIN (FORMAT BINARY)
        """;

    public const string AreasCopy = "COPY performance_areas (agreement_id, ordinal, \"group\", code, name, weight) FROM STDIN (FORMAT BINARY)";

    public const string IndicatorsCopy = """
        COPY indicators (id, agreement_id, ordinal, "group", area_code, activity_code, activity, code, name, calculation,
                         calculation_raw, unit, unit_raw, unit_scale, weight, canonical_id, confidence, page, bbox)
        FROM STDIN (FORMAT BINARY)
        """;

    public const string ValuesCopy = """
        COPY indicator_values (indicator_id, kind, level, fiscal_year, value_numeric, value_date, value_text, unit, scale,
                               raw, confidence, page, bbox) FROM STDIN (FORMAT BINARY)
        """;

    public const string IssuesCopy = "COPY issues (document_id, ordinal, severity, code, message, page) FROM STDIN (FORMAT BINARY)";

    private readonly List<int> areaAgreementSlots = [];
    private readonly List<int> indicatorIdSlots = [];
    private readonly List<int> indicatorAgreementSlots = [];
    private readonly List<(int Slot, int Indicator)> valueIndicatorSlots = [];
    private readonly List<int> issueDocumentSlots = [];
    private int documentIdSlot;
    private int agreementIdSlot;
    private int agreementDocumentSlot;
    private int signatorySlot = -1;
    private int supervisorSlot = -1;

    public CopyBuffer Documents { get; } = new(1024);
    public CopyBuffer Agreements { get; } = new(1024);
    public CopyBuffer Areas { get; } = new(512);
    public CopyBuffer Indicators { get; } = new(8192);
    public CopyBuffer Values { get; } = new(32768);
    public CopyBuffer Issues { get; } = new(512);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static EncodedDocument From(LoadRequest request, string sha, DocumentRows rows, byte[] utf8Json)
    {
        var e = new EncodedDocument();
        var source = request.Document.Source;
        var d = e.Documents;
        d.StartRow(12);
        e.documentIdSlot = d.IdSlot();
        d.Text(sha);
        d.Text(source.FileName);
        d.Text(request.SourcePath);
        d.Int(source.PageCount);
        d.Text(source.TextSource);
        d.Text(rows.FiscalYear);
        d.Int(request.Document.SchemaVersion);
        d.Text(request.PipelineVersion);
        d.Text(request.ModelVersion);
        d.Text(rows.Status);
        d.Jsonb(utf8Json);

        var a = e.Agreements;
        a.StartRow(10);
        e.agreementIdSlot = a.IdSlot();
        e.agreementDocumentSlot = a.IdSlot();
        a.Text(rows.FiscalYear);
        if (rows.Signatory is null)
        {
            a.Null();
        }
        else
        {
            e.signatorySlot = a.IdSlot();
        }

        a.Text(rows.SignatoryTitle);
        if (rows.Supervisor is null)
        {
            a.Null();
        }
        else
        {
            e.supervisorSlot = a.IdSlot();
        }

        a.Text(rows.SupervisorTitle);
        a.Date(rows.SignedOn);
        a.Text(rows.Vision);
        a.Text(rows.Mission);

        foreach (var area in rows.Areas)
        {
            e.Areas.StartRow(6);
            e.areaAgreementSlots.Add(e.Areas.IdSlot());
            e.Areas.Int(area.Ordinal);
            e.Areas.Text(area.Group);
            e.Areas.Text(area.Code);
            e.Areas.Text(area.Name);
            e.Areas.Double(area.Weight);
        }

        var i = e.Indicators;
        foreach (var indicator in rows.Indicators)
        {
            i.StartRow(19);
            e.indicatorIdSlots.Add(i.IdSlot());
            e.indicatorAgreementSlots.Add(i.IdSlot());
            i.Int(indicator.Ordinal);
            i.Text(indicator.Group);
            i.Text(indicator.AreaCode);
            i.Text(indicator.ActivityCode);
            i.Text(indicator.Activity);
            i.Text(indicator.Code);
            i.Text(indicator.Name);
            i.Text(indicator.Calculation);
            i.Text(indicator.CalculationRaw);
            i.Text(indicator.Unit);
            i.Text(indicator.UnitRaw);
            i.Double(indicator.UnitScale);
            i.Double(indicator.Weight);
            i.Text(indicator.CanonicalId);
            i.Double(indicator.Confidence);
            i.Int(indicator.Page);
            i.Doubles(indicator.Bbox);
        }

        var v = e.Values;
        foreach (var value in rows.Values)
        {
            v.StartRow(13);
            e.valueIndicatorSlots.Add((v.IdSlot(), value.IndicatorOrdinal - 1));
            v.Text(value.Kind);
            v.Text(value.Level);
            v.Text(value.FiscalYear);
            v.Double(value.Numeric);
            v.Date(value.Date);
            v.Text(value.Text);
            v.Text(value.Unit);
            v.Double(value.Scale);
            v.Text(value.Raw);
            v.Double(value.Confidence);
            v.Int(value.Page);
            v.Doubles(value.Bbox);
        }

        foreach (var issue in rows.Issues)
        {
            e.Issues.StartRow(6);
            e.issueDocumentSlots.Add(e.Issues.IdSlot());
            e.Issues.Int(issue.Ordinal);
            e.Issues.Text(issue.Severity);
            e.Issues.Text(issue.Code);
            e.Issues.Text(issue.Message);
            e.Issues.Int(issue.Page);
        }

        return e;
    }

    /// <summary>Fills every id slot; called again with new ids if a load is retried.</summary>
    public void AssignIds(long documentId, long agreementId, long[] indicatorIds, long? signatoryOfficeId, long? supervisorOfficeId)
    {
        Documents.SetId(documentIdSlot, documentId);
        Agreements.SetId(agreementIdSlot, agreementId);
        Agreements.SetId(agreementDocumentSlot, documentId);
        if (signatorySlot >= 0)
        {
            Agreements.SetId(signatorySlot, signatoryOfficeId ?? throw new ArgumentNullException(nameof(signatoryOfficeId)));
        }

        if (supervisorSlot >= 0)
        {
            Agreements.SetId(supervisorSlot, supervisorOfficeId ?? throw new ArgumentNullException(nameof(supervisorOfficeId)));
        }

        foreach (var slot in areaAgreementSlots)
        {
            Areas.SetId(slot, agreementId);
        }

        for (var n = 0; n < indicatorIdSlots.Count; n++)
        {
            Indicators.SetId(indicatorIdSlots[n], indicatorIds[n]);
            Indicators.SetId(indicatorAgreementSlots[n], agreementId);
        }

        foreach (var (slot, indicator) in valueIndicatorSlots)
        {
            Values.SetId(slot, indicatorIds[indicator]);
        }

        foreach (var slot in issueDocumentSlots)
        {
            Issues.SetId(slot, documentId);
        }
    }
}
