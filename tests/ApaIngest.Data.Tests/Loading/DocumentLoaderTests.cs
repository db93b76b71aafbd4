using ApaIngest.Core.Documents;
using ApaIngest.Data.Loading;
using ApaIngest.Data.Offices;
using ApaIngest.Data.Tests.Support;

namespace ApaIngest.Data.Tests.Loading;

public sealed class DocumentLoaderTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private async Task<(string Db, DocumentLoader Loader)> FreshAsync()
    {
        var db = await fixture.CreateDatabaseAsync();
        await ApaDatabase.MigrateAsync(db, default);
        return (db, new DocumentLoader(db));
    }

    /// <summary>The one row the query returns, its values joined by '|', null as ∅.</summary>
    private static async Task<string> RowAsync(string db, string sql) =>
        string.Join("|", Assert.Single(await Db.RowsAsync(db, sql)).Select(v => v ?? "∅"));

    private static LoadRequest Request(ApaDocument document, string version = "1.0.0") =>
        new(document, document.Source.Sha256, "/archive/" + document.Source.FileName, version);

    [Fact]
    public async Task Load_NewDocument_StoresEveryRowOfTheJson()
    {
        var (db, loader) = await FreshAsync();
        var document = SampleDocuments.Create(1, indicators: 9);

        var result = await loader.LoadAsync(Request(document), default);

        Assert.Equal(LoadOutcome.Loaded, result.Outcome);
        Assert.Equal(9, await Db.ScalarAsync(db, "SELECT count(*) FROM indicators"));
        Assert.Equal(9 * 8, await Db.ScalarAsync(db, "SELECT count(*) FROM indicator_values"));
        Assert.Equal(9 * 8, await Db.ScalarAsync(db, "SELECT count(*) FROM v_indicator_values"));
        Assert.Equal(2, await Db.ScalarAsync(db, "SELECT count(*) FROM performance_areas"));
        Assert.Equal(2, await Db.ScalarAsync(db, "SELECT count(*) FROM issues"));
        Assert.Equal(2, await Db.ScalarAsync(db, "SELECT count(*) FROM offices"));
        // Indicator 1.1.1 of sample 1: base 50 + (7 + 13) % 50 = 70; the "excellent" target is the base, the poor one base - 4.
        Assert.Equal(70, await Db.ScalarAsync(db,
            "SELECT value_numeric FROM v_indicator_values WHERE indicator_code = '1.1.1' AND kind = 'target' AND level = 'excellent'"));
        Assert.Equal(66, await Db.ScalarAsync(db,
            "SELECT value_numeric FROM v_indicator_values WHERE indicator_code = '1.1.1' AND kind = 'target' AND level = 'poor'"));
        Assert.Equal(1, await Db.ScalarAsync(db,
            "SELECT count(*) FROM v_indicator_values WHERE indicator_code = '1.6.1' AND kind = 'projection' AND value_date = '2021-04-15'"));
        // Sample 1 is signed by the Khulna district ICT office (seed khulna-district-ict-office-2024-25).
        Assert.Equal(9 * 8, await Db.ScalarAsync(db, "SELECT count(*) FROM v_indicator_values WHERE office_kind = 'district' AND upazila IS NULL"));
    }

    [Fact]
    public async Task Load_SameVersionTwice_SecondChangesNothing()
    {
        var (db, loader) = await FreshAsync();
        var document = SampleDocuments.Create(2);
        await loader.LoadAsync(Request(document), default);
        var before = await Db.DumpAsync(db);

        var again = await loader.LoadAsync(Request(document), default);

        Assert.Equal(LoadOutcome.AlreadyPresent, again.Outcome);
        Assert.Equal(before, await Db.DumpAsync(db));
    }

    [Fact]
    public async Task Load_NewerPipelineVersion_ReplacesTheDocumentsRecords()
    {
        var (db, loader) = await FreshAsync();
        var old = SampleDocuments.Create(3, indicators: 10);
        await loader.LoadAsync(Request(old, "1.0.0"), default);
        var newer = old with { Indicators = old.Indicators.Take(4).ToList() };

        var result = await loader.LoadAsync(Request(newer, "1.1.0"), default);

        Assert.Equal(LoadOutcome.Replaced, result.Outcome);
        Assert.Equal(1, await Db.ScalarAsync(db, "SELECT count(*) FROM documents"));
        Assert.Equal(4, await Db.ScalarAsync(db, "SELECT count(*) FROM indicators"));
        Assert.Equal(4 * 8, await Db.ScalarAsync(db, "SELECT count(*) FROM indicator_values"));
        Assert.Equal(1, await Db.ScalarAsync(db, "SELECT count(*) FROM documents WHERE pipeline_version = '1.1.0'"));
    }

    [Fact]
    public async Task Load_OlderPipelineVersion_LeavesTheNewerRecords()
    {
        var (db, loader) = await FreshAsync();
        var document = SampleDocuments.Create(4);
        await loader.LoadAsync(Request(document, "2.0.0"), default);

        var result = await loader.LoadAsync(Request(document with { Indicators = [] }, "1.0.0"), default);

        Assert.Equal(LoadOutcome.NewerPresent, result.Outcome);
        Assert.Equal(12, await Db.ScalarAsync(db, "SELECT count(*) FROM indicators"));
    }

    [Fact]
    public async Task Load_MalformedFiscalYearAndUnit_StoresDocumentWithCoercedIssue()
    {
        var (db, loader) = await FreshAsync();
        var document = SampleDocuments.Create(5, indicators: 2);
        document = document with
        {
            Agreement = document.Agreement with { FiscalYear = "২০২৩-২০২৪" },
            Indicators = [document.Indicators[0] with { Unit = "furlongs" }, document.Indicators[1]],
        };

        await loader.LoadAsync(Request(document), default);

        Assert.Equal(0, await Db.ScalarAsync(db, "SELECT count(*) FROM agreements WHERE fiscal_year IS NOT NULL"));
        Assert.Equal(1, await Db.ScalarAsync(db, "SELECT count(*) FROM indicators WHERE unit = 'other'"));
        Assert.Equal(2, await Db.ScalarAsync(db, $"SELECT count(*) FROM issues WHERE code = '{DocumentRows.CoercedIssue}'"));
    }

    [Fact]
    public async Task Load_SameOfficeInTwoDocuments_OneOfficeRow()
    {
        var (db, loader) = await FreshAsync();
        await loader.LoadAsync(Request(SampleDocuments.Create(4)), default);
        await loader.LoadAsync(Request(SampleDocuments.Create(8)), default); // the same Koyra UNO / Khulna DC pair, another year

        Assert.Equal(2, await Db.ScalarAsync(db, "SELECT count(*) FROM offices"));
        Assert.Equal(2, await Db.ScalarAsync(db, "SELECT count(DISTINCT fiscal_year) FROM v_indicator_comparison WHERE office_kind = 'upazila'"));
        var place = await Db.RowsAsync(db, "SELECT DISTINCT upazila, district, division FROM v_indicator_values");
        Assert.Equal(string.Join("/", OfficeNames.Normalize("কয়রা"), OfficeNames.Normalize("খুলনা"), OfficeNames.Normalize("খুলনা")), string.Join("/", Assert.Single(place)));
    }

    [Fact]
    public async Task Load_EveryColumnType_ReadsBackAsInTheJson()
    {
        var (db, loader) = await FreshAsync();
        var document = SampleDocuments.Create(1, indicators: 6);

        await loader.LoadAsync(Request(document), default);

        // Sample 1: fiscal year 2020-21, signed 2020-06-11; indicator i has page 5 + i / 8 and bbox [40, 100 + 20i, 560, 118 + 20i].
        Assert.Equal(string.Join("|", "2020-21", "2020-06-11", "দক্ষ ও জনবান্ধব প্রশাসন"),
            await RowAsync(db, "SELECT fiscal_year, to_char(signed_on, 'YYYY-MM-DD'), vision FROM agreements"));
        Assert.Equal(string.Join("|", "5", "{40,120,560,138}", "0.9", "2", "1", "percent", "%", "∅"),
            await RowAsync(db,
                "SELECT page, bbox::text, confidence, weight, unit_scale, unit, unit_raw, canonical_id FROM indicators WHERE code = '1.1.1'"));
        // The second actual of every indicator is an empty cell: no value of any kind, raw "-".
        Assert.Equal(string.Join("|", "∅", "∅", "∅", "-", "2019-20"),
            await RowAsync(db,
                """
                SELECT coalesce(value_numeric::text, '∅'), coalesce(value_date::text, '∅'), coalesce(value_text, '∅'), raw, fiscal_year
                FROM v_indicator_values WHERE indicator_code = '1.1.1' AND kind = 'actual' AND raw = '-'
                """));
        Assert.Equal(string.Join("|", "2021-01-15", "{40,220,560,238}"),
            await RowAsync(db,
                "SELECT v.value_date::text, v.bbox::text FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id WHERE i.code = '1.6.1' AND v.kind = 'target' AND v.level = 'excellent'"));
        Assert.Equal(string.Join("|", SampleDocuments.ShaOf(1), "sample-1.pdf", "6"),
            await RowAsync(db,
                "SELECT document_json->'source'->>'sha256', document_json->'source'->>'file_name', jsonb_array_length(document_json->'indicators') FROM documents"));
        Assert.Equal(string.Join("|", "2", "info", "ocr.page", "page 3 was recognised", "3"),
            await RowAsync(db, "SELECT ordinal, severity, code, message, page FROM issues WHERE code = 'ocr.page'"));
    }

    [Fact]
    public async Task LoadMany_NewReplacedAndNewerPresentTogether_SameDatabaseAsLoadingOneByOne()
    {
        var (together, loader) = await FreshAsync();
        var (oneByOne, single) = await FreshAsync();
        foreach (var (db, l) in new[] { (together, loader), (oneByOne, single) })
        {
            await l.LoadAsync(Request(SampleDocuments.Create(1), "1.0.0"), default);
            await l.LoadAsync(Request(SampleDocuments.Create(2), "2.0.0"), default);
        }

        var replaced = SampleDocuments.Create(1, indicators: 5);
        LoadRequest[] requests =
        [
            Request(replaced, "1.1.0"),
            Request(SampleDocuments.Create(2, indicators: 3), "1.1.0"),
            Request(SampleDocuments.Create(3), "1.1.0"),
            Request(SampleDocuments.Create(7), "1.1.0"), // the same offices as sample 3: one office row each
        ];

        var results = await loader.LoadManyAsync(requests.Select(loader.Prepare).ToList(), default);
        foreach (var request in requests)
        {
            await single.LoadAsync(request, default);
        }

        Assert.Equal([LoadOutcome.Replaced, LoadOutcome.NewerPresent, LoadOutcome.Loaded, LoadOutcome.Loaded], results.Select(r => r.Outcome));
        Assert.Equal([5, 0, 12, 12], results.Select(r => r.Indicators));
        Assert.Equal(await Db.DumpAsync(oneByOne), await Db.DumpAsync(together));
        Assert.Equal(5 + 12 + 12 + 12, await Db.ScalarAsync(together, "SELECT count(*) FROM indicators"));
        Assert.Equal(6, await Db.ScalarAsync(together, "SELECT count(*) FROM offices"));
    }

    [Fact]
    public async Task LoadMany_OneDocumentTheDatabaseRefuses_NothingOfTheLoadWritten()
    {
        var (db, loader) = await FreshAsync();
        var bad = SampleDocuments.Create(2);
        bad = bad with { Agreement = bad.Agreement with { Vision = "NUL \0 in text" } };
        var documents = new[] { SampleDocuments.Create(1), bad, SampleDocuments.Create(3) }.Select(d => loader.Prepare(Request(d))).ToList();

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => loader.LoadManyAsync(documents, default));

        Assert.All(await Db.CountsAsync(db), table => Assert.Equal(0, table.Value));
    }

    [Fact]
    public async Task Migrate_ConcurrentCallersOnFreshDatabase_BothSucceed()
    {
        var db = await fixture.CreateDatabaseAsync();
        var other = db + ";Application Name=second";
        await Task.WhenAll(ApaDatabase.MigrateAsync(db, default), ApaDatabase.MigrateAsync(other, default));
        Assert.Equal(2, await Db.ScalarAsync(db, "SELECT count(*) FROM \"__EFMigrationsHistory\""));
    }
}
