using System.Globalization;
using System.Text;
using Npgsql;

namespace ApaIngest.Data.Tests.Support;

public static class Db
{
    public static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public static async Task<List<string?[]>> RowsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static readonly string[] Tables =
        ["documents", "offices", "agreements", "performance_areas", "indicators", "indicator_values", "issues", "ingest_failures"];

    public static async Task<Dictionary<string, long>> CountsAsync(string connectionString)
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            counts[table] = await ScalarAsync(connectionString, $"SELECT count(*) FROM {table}");
        }

        return counts;
    }

    /// <summary>Every stored fact without surrogate ids or timestamps, in a stable order: two databases holding the same data dump equal.</summary>
    public static async Task<string> DumpAsync(string connectionString)
    {
        string[] queries =
        [
            "SELECT sha256, file_name, page_count, text_source, fiscal_year, pipeline_version, status, document_json::text FROM documents ORDER BY sha256",
            "SELECT normalized_name, name, kind, division, district, upazila, ministry FROM offices ORDER BY normalized_name",
            """
            SELECT d.sha256, a.fiscal_year, so.normalized_name, a.signatory_title, su.normalized_name, a.signed_on, a.vision
            FROM agreements a JOIN documents d ON d.id = a.document_id
            LEFT JOIN offices so ON so.id = a.signatory_office_id LEFT JOIN offices su ON su.id = a.supervisor_office_id ORDER BY d.sha256
            """,
            """
            SELECT d.sha256, p.ordinal, p."group", p.code, p.name, p.weight FROM performance_areas p
            JOIN agreements a ON a.id = p.agreement_id JOIN documents d ON d.id = a.document_id ORDER BY 1, 2
            """,
            """
            SELECT d.sha256, i.ordinal, i.code, i.name, i.unit, i.unit_scale, i.weight, i.canonical_id, i.confidence, i.page, i.bbox::text
            FROM indicators i JOIN agreements a ON a.id = i.agreement_id JOIN documents d ON d.id = a.document_id ORDER BY 1, 2
            """,
            """
            SELECT document_sha256, indicator_code, kind, level, fiscal_year, value_numeric, value_date, value_text, raw, page
            FROM v_indicator_values ORDER BY 1, 2, 3, 4, 5, 6
            """,
            "SELECT d.sha256, s.ordinal, s.severity, s.code, s.message, s.page FROM issues s JOIN documents d ON d.id = s.document_id ORDER BY 1, 2",
            "SELECT source_path, sha256, reason FROM ingest_failures ORDER BY 1",
        ];
        var sb = new StringBuilder();
        foreach (var query in queries)
        {
            foreach (var row in await RowsAsync(connectionString, query))
            {
                sb.AppendJoin('|', row.Select(v => v ?? "∅")).Append('\n');
            }

            sb.Append("--\n");
        }

        return sb.ToString();
    }
}
