namespace ApaIngest.Data.Model;

/// <summary>The views for auditors, created by the RelationalModel migration.</summary>
public static class AuditViews
{
    /// <summary>One row per value: office, agreement fiscal year, canonical indicator, value kind, level/year, value, provenance.</summary>
    public const string CreateIndicatorValues = """
        CREATE VIEW v_indicator_values AS
        SELECT o.id AS office_id, o.name AS office, o.kind AS office_kind, o.division, o.district, o.upazila,
               a.fiscal_year AS agreement_fiscal_year, i.canonical_id, i."group", i.code AS indicator_code,
               i.name AS indicator_name, v.kind, v.level, v.fiscal_year, v.value_numeric, v.value_date, v.value_text,
               v.unit, v.scale, v.raw, v.confidence, v.page, v.bbox,
               d.sha256 AS document_sha256, d.file_name, d.pipeline_version,
               a.id AS agreement_id, i.id AS indicator_id, v.id AS value_id
        FROM indicator_values v
        JOIN indicators i ON i.id = v.indicator_id
        JOIN agreements a ON a.id = i.agreement_id
        JOIN documents d ON d.id = a.document_id
        LEFT JOIN offices o ON o.id = a.signatory_office_id
        """;

    /// <summary>
    /// One row per office, fiscal year, canonical indicator and value kind, the values folded into one JSON object
    /// keyed by target level or fiscal year: the shape a cross-office comparison reads.
    /// </summary>
    public const string CreateIndicatorComparison = """
        CREATE VIEW v_indicator_comparison AS
        SELECT office_id, office, office_kind, division, district, upazila,
               agreement_fiscal_year AS fiscal_year, canonical_id, kind,
               jsonb_object_agg(coalesce(level, fiscal_year, '?'),
                                coalesce(to_jsonb(value_numeric), to_jsonb(value_date), to_jsonb(value_text))) AS "values",
               min(unit) AS unit, min(confidence) AS min_confidence, count(*) AS value_count,
               array_agg(DISTINCT document_sha256) AS documents
        FROM v_indicator_values
        WHERE canonical_id IS NOT NULL
        GROUP BY office_id, office, office_kind, division, district, upazila, agreement_fiscal_year, canonical_id, kind
        """;

    public const string Drop = "DROP VIEW IF EXISTS v_indicator_comparison; DROP VIEW IF EXISTS v_indicator_values;";
}
