using ApaIngest.Core.Documents;
using ApaIngest.Data.Offices;
using Npgsql;
using NpgsqlTypes;

namespace ApaIngest.Data.Loading;

/// <summary>
/// Writes one document in one transaction: identity by SHA-256, same pipeline version → no-op, newer → the old
/// records are deleted (cascade) and the new ones written before the commit, so readers see the old or the new
/// document, never a mix. Bulk rows (areas, indicators, values, issues) go in with binary COPY.
/// </summary>
public sealed class DocumentLoader(string connectionString, OfficeClassifier? offices = null)
{
    private readonly OfficeClassifier offices = offices ?? OfficeClassifier.Default;

    private static readonly System.Text.Json.JsonSerializerOptions CompactJson = new(ApaDocumentJson.Options) { WriteIndented = false };

    public async Task<LoadResult> LoadAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        var sha = request.Sha256.ToLowerInvariant();
        var rows = DocumentRows.From(request.Document, offices);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Two writers with the same file (or two apa processes) serialise here instead of colliding on the unique key.
        await ExecAsync(connection, "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", cancellationToken, sha).ConfigureAwait(false);
        var outcome = LoadOutcome.Loaded;
        await using (var existing = new NpgsqlCommand("SELECT id, pipeline_version FROM documents WHERE sha256 = $1 FOR UPDATE", connection))
        {
            existing.Parameters.AddWithValue(sha);
            await using var reader = await existing.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetInt64(0);
                var order = PipelineVersions.Compare(request.PipelineVersion, reader.GetString(1));
                if (order <= 0)
                {
                    return new LoadResult(order == 0 ? LoadOutcome.AlreadyPresent : LoadOutcome.NewerPresent, id, 0, 0, 0);
                }

                outcome = LoadOutcome.Replaced;
            }
        }

        if (outcome == LoadOutcome.Replaced)
        {
            await ExecAsync(connection, "DELETE FROM documents WHERE sha256 = $1", cancellationToken, sha).ConfigureAwait(false);
        }

        var documentId = await InsertDocumentAsync(connection, request, sha, rows, cancellationToken).ConfigureAwait(false);
        var signatoryId = await UpsertOfficeAsync(connection, rows.Signatory, cancellationToken).ConfigureAwait(false);
        var supervisorId = await UpsertOfficeAsync(connection, rows.Supervisor, cancellationToken).ConfigureAwait(false);
        var agreementId = await InsertAgreementAsync(connection, documentId, rows, signatoryId, supervisorId, cancellationToken).ConfigureAwait(false);
        await CopyAreasAsync(connection, agreementId, rows.Areas, cancellationToken).ConfigureAwait(false);
        var indicatorIds = await ReserveIdsAsync(connection, "indicators", rows.Indicators.Count, cancellationToken).ConfigureAwait(false);
        await CopyIndicatorsAsync(connection, agreementId, rows.Indicators, indicatorIds, cancellationToken).ConfigureAwait(false);
        await CopyValuesAsync(connection, rows.Values, indicatorIds, cancellationToken).ConfigureAwait(false);
        await CopyIssuesAsync(connection, documentId, rows.Issues, cancellationToken).ConfigureAwait(false);
        await ExecAsync(connection, "DELETE FROM ingest_failures WHERE sha256 = $1 OR source_path = $2", cancellationToken, sha, request.SourcePath)
            .ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new LoadResult(outcome, documentId, rows.Indicators.Count, rows.Values.Count, rows.Issues.Count);
    }

    private static async Task<long> InsertDocumentAsync(
        NpgsqlConnection connection, LoadRequest request, string sha, DocumentRows rows, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO documents (sha256, file_name, source_path, page_count, text_source, fiscal_year, schema_version,
                                   pipeline_version, model_version, status, document_json)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        var source = request.Document.Source;
        command.Parameters.AddWithValue(sha);
        command.Parameters.AddWithValue(source.FileName);
        command.Parameters.AddWithValue(request.SourcePath);
        command.Parameters.AddWithValue(source.PageCount);
        command.Parameters.AddWithValue(source.TextSource);
        command.Parameters.Add(Nullable(rows.FiscalYear, NpgsqlDbType.Text));
        command.Parameters.AddWithValue(request.Document.SchemaVersion);
        command.Parameters.AddWithValue(request.PipelineVersion);
        command.Parameters.Add(Nullable(request.ModelVersion, NpgsqlDbType.Text));
        command.Parameters.AddWithValue(rows.Status);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = System.Text.Json.JsonSerializer.Serialize(request.Document, CompactJson) });
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<long?> UpsertOfficeAsync(NpgsqlConnection connection, OfficeProfile? office, CancellationToken cancellationToken)
    {
        if (office is null)
        {
            return null;
        }

        // DO UPDATE (a no-op) rather than DO NOTHING so that RETURNING gives the id of an office already there.
        const string sql = """
            INSERT INTO offices (normalized_name, name, kind, division, district, upazila, ministry)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (normalized_name) DO UPDATE SET normalized_name = excluded.normalized_name
            RETURNING id
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(office.NormalizedName);
        command.Parameters.AddWithValue(office.Name);
        command.Parameters.AddWithValue(office.Kind);
        command.Parameters.Add(Nullable(office.Division, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(office.District, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(office.Upazila, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(office.Ministry, NpgsqlDbType.Text));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<long> InsertAgreementAsync(
        NpgsqlConnection connection, long documentId, DocumentRows rows, long? signatoryId, long? supervisorId, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO agreements (document_id, fiscal_year, signatory_office_id, signatory_title, supervisor_office_id,
                                    supervisor_title, signed_on, vision, mission)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(documentId);
        command.Parameters.Add(Nullable(rows.FiscalYear, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(signatoryId, NpgsqlDbType.Bigint));
        command.Parameters.Add(Nullable(rows.SignatoryTitle, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(supervisorId, NpgsqlDbType.Bigint));
        command.Parameters.Add(Nullable(rows.SupervisorTitle, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(rows.SignedOn, NpgsqlDbType.Date));
        command.Parameters.Add(Nullable(rows.Vision, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(rows.Mission, NpgsqlDbType.Text));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Takes ids from the table's identity sequence up front so that child rows can be COPYed with their parent's id.</summary>
    private static async Task<long[]> ReserveIdsAsync(NpgsqlConnection connection, string table, int count, CancellationToken cancellationToken)
    {
        var ids = new long[count];
        if (count == 0)
        {
            return ids;
        }

        await using var command = new NpgsqlCommand($"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, $1)", connection);
        command.Parameters.AddWithValue(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; await reader.ReadAsync(cancellationToken).ConfigureAwait(false); i++)
        {
            ids[i] = reader.GetInt64(0);
        }

        return ids;
    }

    private static async Task CopyAreasAsync(NpgsqlConnection connection, long agreementId, IReadOnlyList<AreaRow> areas, CancellationToken cancellationToken)
    {
        if (areas.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY performance_areas (agreement_id, ordinal, \"group\", code, name, weight) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var a in areas)
        {
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(agreementId, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(a.Ordinal, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(a.Group, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(a.Code, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(a.Name, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, a.Weight, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyIndicatorsAsync(
        NpgsqlConnection connection, long agreementId, IReadOnlyList<IndicatorRow> indicators, long[] ids, CancellationToken cancellationToken)
    {
        if (indicators.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY indicators (id, agreement_id, ordinal, "group", area_code, activity_code, activity, code, name, calculation,
                             calculation_raw, unit, unit_raw, unit_scale, weight, canonical_id, confidence, page, bbox)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken).ConfigureAwait(false);
        for (var n = 0; n < indicators.Count; n++)
        {
            var i = indicators[n];
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(ids[n], NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(agreementId, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.Ordinal, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.Group, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.AreaCode, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.ActivityCode, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.Activity, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.Code, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.Name, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, i.Calculation, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, i.CalculationRaw, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.Unit, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, i.UnitRaw, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.UnitScale, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, i.Weight, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, i.CanonicalId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.Confidence, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, i.Page, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, i.Bbox, NpgsqlDbType.Array | NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyValuesAsync(
        NpgsqlConnection connection, IReadOnlyList<ValueRow> values, long[] indicatorIds, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY indicator_values (indicator_id, kind, level, fiscal_year, value_numeric, value_date, value_text, unit, scale,
                                   raw, confidence, page, bbox)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken).ConfigureAwait(false);
        foreach (var v in values)
        {
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(indicatorIds[v.IndicatorOrdinal - 1], NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(v.Kind, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, v.Level, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, v.FiscalYear, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, v.Numeric, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, v.Date, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, v.Text, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(v.Unit, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(v.Scale, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, v.Raw, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(v.Confidence, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, v.Page, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, v.Bbox, NpgsqlDbType.Array | NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyIssuesAsync(NpgsqlConnection connection, long documentId, IReadOnlyList<IssueRow> issues, CancellationToken cancellationToken)
    {
        if (issues.Count == 0)
        {
            return;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY issues (document_id, ordinal, severity, code, message, page) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var i in issues)
        {
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(documentId, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.Ordinal, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.Severity, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.Code, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(i.Message, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, i.Page, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken) where T : class =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, type, cancellationToken);

    private static Task WriteAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);

    private static NpgsqlParameter Nullable(object? value, NpgsqlDbType type) => new() { NpgsqlDbType = type, Value = value ?? DBNull.Value };

    private static async Task ExecAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] args)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var arg in args)
        {
            command.Parameters.AddWithValue(arg);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
