using ApaIngest.Core.Documents;
using ApaIngest.Data.Offices;
using Npgsql;
using NpgsqlTypes;

namespace ApaIngest.Data.Loading;

/// <summary>
/// Writes documents, several at once if given several, in one transaction: identity by SHA-256, same pipeline
/// version → no-op, newer → the old records are deleted (cascade) and the new ones written before the commit, so
/// readers see the old or the new document, never a mix. A load is all or nothing: if any of its documents cannot be
/// written, nothing of the load is (the caller then loads the documents one by one to isolate the bad one).
/// Round trips per load, whatever the number of documents: locks + existence check, offices + id reservation +
/// deletes of replaced documents and of their quarantine entries, one binary COPY per table, commit.
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
        var sorted = shas.Order(StringComparer.Ordinal).ToArray();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT count(pg_advisory_xact_lock(hashtextextended(s, 0))) FROM unnest($1::text[]) AS s")
                {
                    Parameters = { new NpgsqlParameter { Value = sorted, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text } },
                },
                // bpchar[] so that the unique index on sha256 (character(64)) serves the lookup.
                new NpgsqlBatchCommand("SELECT sha256, id, pipeline_version FROM documents WHERE sha256 = ANY($1) FOR UPDATE")
                {
                    Parameters = { new NpgsqlParameter { Value = sorted, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Char } },
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
        var replaced = writing.Where(w => w.Outcome == LoadOutcome.Replaced).Select(w => w.Document.Sha256).ToArray();
        await using var batch = new NpgsqlBatch(connection);
        if (officeProfiles.Count > 0)
        {
            var list = officeProfiles.Values.ToList();
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                """
                INSERT INTO offices (normalized_name, name, kind, division, district, upazila, ministry)
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
                ON CONFLICT (normalized_name) DO UPDATE SET normalized_name = excluded.normalized_name
                RETURNING normalized_name, id
                """)
            {
                // DO UPDATE (a no-op) rather than DO NOTHING so that RETURNING gives the id of an office already there.
                Parameters =
                {
                    TextArray(list.Select(o => (string?)o.NormalizedName)),
                    TextArray(list.Select(o => (string?)o.Name)),
                    TextArray(list.Select(o => (string?)o.Kind)),
                    TextArray(list.Select(o => o.Division)),
                    TextArray(list.Select(o => o.District)),
                    TextArray(list.Select(o => o.Upazila)),
                    TextArray(list.Select(o => o.Ministry)),
                },
            });
        }

        // Child rows are COPYed with their parents' ids, so the ids are taken from the identity sequences up front.
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            """
            WITH s AS (SELECT pg_get_serial_sequence('documents', 'id')::regclass AS d,
                              pg_get_serial_sequence('agreements', 'id')::regclass AS a,
                              pg_get_serial_sequence('indicators', 'id')::regclass AS i)
            SELECT ARRAY(SELECT nextval(s.d) FROM generate_series(1, $1)),
                   ARRAY(SELECT nextval(s.a) FROM generate_series(1, $1)),
                   ARRAY(SELECT nextval(s.i) FROM generate_series(1, $2))
            FROM s
            """)
        {
            Parameters = { new NpgsqlParameter { Value = writing.Count }, new NpgsqlParameter { Value = indicatorCount } },
        });
        if (replaced.Length > 0)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM documents WHERE sha256 = ANY($1)")
            {
                Parameters = { new NpgsqlParameter { Value = replaced, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Char } },
            });
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM ingest_failures WHERE sha256 = ANY($1) OR source_path = ANY($2)")
        {
            Parameters =
            {
                TextArray(writing.Select(w => (string?)w.Document.Sha256)),
                TextArray(writing.Select(w => (string?)w.Document.Request.SourcePath)),
            },
        });

        var officeIds = new Dictionary<string, long>(StringComparer.Ordinal);
        long[] documentIds, agreementIds, indicatorIds;
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

            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            documentIds = reader.GetFieldValue<long[]>(0);
            agreementIds = reader.GetFieldValue<long[]>(1);
            indicatorIds = reader.GetFieldValue<long[]>(2);
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

    private static NpgsqlParameter TextArray(IEnumerable<string?> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
}
