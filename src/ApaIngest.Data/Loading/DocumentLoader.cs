using ApaIngest.Core.Documents;
using ApaIngest.Data.Offices;
using Npgsql;
using NpgsqlTypes;

namespace ApaIngest.Data.Loading;

/// <summary>
/// Writes documents, several at once if given several, in one transaction: identity by SHA-256, same pipeline
/// version → no-op, newer → the old records are deleted (cascade) and the new ones written before the commit, so
/// readers see the old or the new document, never a mix. A load is all or nothing: if any of its documents cannot be
/// written, nothing of the load is (the ingest then loads the documents one by one to isolate the bad one).
/// <see cref="Prepare"/> does the client-side work (rows, JSON, binary COPY encoding) and may run elsewhere; a load
/// then takes the same round trips whatever the number of documents: locks + existence check; offices + id
/// reservation + deletes of replaced documents and of their quarantine entries; one binary COPY per table; commit.
/// </summary>
public sealed class DocumentLoader(string connectionString, OfficeClassifier? offices = null)
{
    private readonly OfficeClassifier offices = offices ?? OfficeClassifier.Default;

    private static readonly System.Text.Json.JsonSerializerOptions CompactJson = new(ApaDocumentJson.Options) { WriteIndented = false };

    /// <summary>The client-side work of a load (mapping to rows, JSON of the document column); thread-safe.</summary>
    public PreparedDocument Prepare(LoadRequest request)
    {
        var sha = request.Sha256.ToLowerInvariant();
        var rows = DocumentRows.From(request.Document, offices);
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(request.Document, CompactJson);
        return new PreparedDocument(request, sha, rows, EncodedDocument.From(request, sha, rows, json));
    }

    public async Task<LoadResult> LoadAsync(LoadRequest request, CancellationToken cancellationToken) =>
        (await LoadManyAsync([Prepare(request)], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Loads the documents (distinct SHA-256s) in one transaction; the results are in the order given.</summary>
    public async Task<IReadOnlyList<LoadResult>> LoadManyAsync(IReadOnlyList<PreparedDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var shas = documents.Select(d => d.Sha256).ToArray();
        if (shas.Distinct(StringComparer.Ordinal).Count() != shas.Length)
        {
            throw new ArgumentException("a load takes each document (SHA-256) once", nameof(documents));
        }

        var results = new LoadResult[documents.Count];
        if (documents.Count == 0)
        {
            return results;
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var existing = await LockAndFindAsync(connection, shas, cancellationToken).ConfigureAwait(false);
        var writing = new List<(int Index, LoadOutcome Outcome)>();
        for (var n = 0; n < documents.Count; n++)
        {
            var d = documents[n];
            if (existing.TryGetValue(d.Sha256, out var have))
            {
                var order = PipelineVersions.Compare(d.Request.PipelineVersion, have.Version);
                if (order <= 0)
                {
                    results[n] = new LoadResult(order == 0 ? LoadOutcome.AlreadyPresent : LoadOutcome.NewerPresent, have.Id, 0, 0, 0);
                    continue;
                }

                writing.Add((n, LoadOutcome.Replaced));
            }
            else
            {
                writing.Add((n, LoadOutcome.Loaded));
            }
        }

        if (writing.Count == 0)
        {
            return results;
        }

        var toWrite = writing.Select(w => (documents[w.Index], w.Outcome)).ToList();
        var planned = await PlanAsync(connection, toWrite, cancellationToken).ConfigureAwait(false);
        await RowCopier.CopyAsync(connection, toWrite.Select(w => w.Item1.Encoded).ToList(), cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);

        for (var w = 0; w < writing.Count; w++)
        {
            var rows = documents[writing[w].Index].Rows;
            results[writing[w].Index] = new LoadResult(writing[w].Outcome, planned[w], rows.Indicators.Count, rows.Values.Count, rows.Issues.Count);
        }

        return results;
    }

    /// <summary>
    /// One round trip: advisory locks on the SHA-256s (sorted, so two loaders never wait on each other in a cycle;
    /// two writers with the same file serialise here instead of colliding on the unique key), then the documents
    /// already stored, locked until the commit.
    /// </summary>
    private static async Task<Dictionary<string, (long Id, string Version)>> LockAndFindAsync(
        NpgsqlConnection connection, string[] shas, CancellationToken cancellationToken)
    {
        // The SHA-256s as one space-separated text parameter (hex has no spaces).
        var sorted = string.Join(' ', shas.Order(StringComparer.Ordinal));
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT count(pg_advisory_xact_lock(hashtextextended(s, 0))) FROM unnest(string_to_array($1, ' ')) AS s")
                {
                    Parameters = { new NpgsqlParameter { Value = sorted, NpgsqlDbType = NpgsqlDbType.Text } },
                },
                // bpchar[] so that the unique index on sha256 (character(64)) serves the lookup.
                new NpgsqlBatchCommand("SELECT sha256, id, pipeline_version FROM documents WHERE sha256 = ANY(string_to_array($1, ' ')::bpchar[]) FOR UPDATE")
                {
                    Parameters = { new NpgsqlParameter { Value = sorted, NpgsqlDbType = NpgsqlDbType.Text } },
                },
            },
        };
        var found = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
        }

        return found;
    }

    /// <summary>
    /// One round trip: upsert the offices (distinct, sorted), reserve ids for documents, agreements and indicators
    /// (and put them into the encoded rows), delete the older versions being replaced and the quarantine entries of
    /// the documents being written. Returns the documents' ids.
    /// </summary>
    private static async Task<long[]> PlanAsync(
        NpgsqlConnection connection, List<(PreparedDocument Document, LoadOutcome Outcome)> writing, CancellationToken cancellationToken)
    {
        var officeProfiles = new SortedDictionary<string, OfficeProfile>(StringComparer.Ordinal);
        foreach (var (d, _) in writing)
        {
            foreach (var office in new[] { d.Rows.Signatory, d.Rows.Supervisor })
            {
                if (office is not null)
                {
                    officeProfiles.TryAdd(office.NormalizedName, office);
                }
            }
        }

        var indicatorCount = writing.Sum(w => w.Document.Rows.Indicators.Count);
        var replaced = string.Join(' ', writing.Where(w => w.Outcome == LoadOutcome.Replaced).Select(w => w.Document.Sha256));
        // Lists go as one text parameter each (space-separated hex, or JSON): plain text parameters need none of
        // Npgsql's array machinery, whose first use costs a noticeable warm-up.
        await using var batch = new NpgsqlBatch(connection);
        if (officeProfiles.Count > 0)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                """
                INSERT INTO offices (normalized_name, name, kind, division, district, upazila, ministry)
                SELECT o.normalized_name, o.name, o.kind, o.division, o.district, o.upazila, o.ministry
                FROM jsonb_to_recordset($1::jsonb)
                     AS o(normalized_name text, name text, kind text, division text, district text, upazila text, ministry text)
                ON CONFLICT (normalized_name) DO UPDATE SET normalized_name = excluded.normalized_name
                RETURNING normalized_name, id
                """)
            {
                // DO UPDATE (a no-op) rather than DO NOTHING so that RETURNING gives the id of an office already there.
                Parameters = { Text(OfficesJson(officeProfiles.Values)) },
            });
        }

        // Child rows are COPYed with their parents' ids, so the ids are taken from the identity sequences up front.
        foreach (var (table, count) in new[] { ("documents", writing.Count), ("agreements", writing.Count), ("indicators", indicatorCount) })
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                $"SELECT nextval(q.s) FROM (SELECT pg_get_serial_sequence('{table}', 'id')::regclass AS s) AS q, generate_series(1, $1)")
            {
                Parameters = { new NpgsqlParameter { Value = count, NpgsqlDbType = NpgsqlDbType.Integer } },
            });
        }

        if (replaced.Length > 0)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM documents WHERE sha256 = ANY(string_to_array($1, ' ')::bpchar[])")
            {
                Parameters = { Text(replaced) },
            });
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            "DELETE FROM ingest_failures WHERE sha256 = ANY(string_to_array($1, ' ')) OR source_path IN (SELECT jsonb_array_elements_text($2::jsonb))")
        {
            Parameters =
            {
                Text(string.Join(' ', writing.Select(w => w.Document.Sha256))),
                Text(StringsJson(writing.Select(w => w.Document.Request.SourcePath))),
            },
        });

        var officeIds = new Dictionary<string, long>(StringComparer.Ordinal);
        var documentIds = new long[writing.Count];
        var agreementIds = new long[writing.Count];
        var indicatorIds = new long[indicatorCount];
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (officeProfiles.Count > 0)
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    officeIds[reader.GetString(0)] = reader.GetInt64(1);
                }

                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var ids in new[] { documentIds, agreementIds, indicatorIds })
            {
                for (var n = 0; await reader.ReadAsync(cancellationToken).ConfigureAwait(false); n++)
                {
                    ids[n] = reader.GetInt64(0);
                }

                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        var nextIndicator = 0;
        for (var n = 0; n < writing.Count; n++)
        {
            var d = writing[n].Document;
            var ids = indicatorIds.AsSpan(nextIndicator, d.Rows.Indicators.Count).ToArray();
            nextIndicator += ids.Length;
            d.Encoded.AssignIds(documentIds[n], agreementIds[n], ids,
                d.Rows.Signatory is { } s ? officeIds[s.NormalizedName] : null,
                d.Rows.Supervisor is { } v ? officeIds[v.NormalizedName] : null);
        }

        return documentIds;
    }

    private static NpgsqlParameter Text(string value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Text };

    private static string StringsJson(IEnumerable<string> values)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string OfficesJson(IEnumerable<OfficeProfile> offices)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var o in offices)
            {
                json.WriteStartObject();
                json.WriteString("normalized_name", o.NormalizedName);
                json.WriteString("name", o.Name);
                json.WriteString("kind", o.Kind);
                json.WriteString("division", o.Division);
                json.WriteString("district", o.District);
                json.WriteString("upazila", o.Upazila);
                json.WriteString("ministry", o.Ministry);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
