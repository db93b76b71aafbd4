using Microsoft.EntityFrameworkCore;

namespace ApaIngest.Data.Model;

/// <summary>The relational model; the schema is owned by the EF Core migrations in Migrations/.</summary>
public sealed class ApaDbContext(DbContextOptions<ApaDbContext> options) : DbContext(options)
{
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<OfficeRecord> Offices => Set<OfficeRecord>();
    public DbSet<AgreementRecord> Agreements => Set<AgreementRecord>();
    public DbSet<PerformanceAreaRecord> PerformanceAreas => Set<PerformanceAreaRecord>();
    public DbSet<IndicatorRecord> Indicators => Set<IndicatorRecord>();
    public DbSet<IndicatorValueRecord> IndicatorValues => Set<IndicatorValueRecord>();
    public DbSet<IssueRecord> Issues => Set<IssueRecord>();
    public DbSet<IngestFailureRecord> IngestFailures => Set<IngestFailureRecord>();

    public static DbContextOptions<ApaDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<ApaDbContext>()
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .Options;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DocumentRecord>(e =>
        {
            e.ToTable("documents", t =>
            {
                t.HasCheckConstraint("ck_documents_sha256", "sha256 ~ '^[0-9a-f]{64}$'");
                t.HasCheckConstraint("ck_documents_status", "status IN ('loaded', 'loaded-with-errors')");
            });
            e.HasIndex(d => d.Sha256).IsUnique();
            e.HasIndex(d => d.FiscalYear);
            e.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
            e.Property(d => d.DocumentJson).HasColumnType("jsonb");
            e.Property(d => d.LoadedAt).HasDefaultValueSql("now()");
        });

        modelBuilder.Entity<OfficeRecord>(e =>
        {
            e.ToTable("offices", t => t.HasCheckConstraint("ck_offices_kind",
                "kind IN ('upazila', 'district', 'division', 'ministry', 'department', 'other')"));
            e.HasIndex(o => o.NormalizedName).IsUnique();
            e.HasIndex(o => new { o.Kind, o.District, o.Upazila });
        });

        modelBuilder.Entity<AgreementRecord>(e =>
        {
            e.ToTable("agreements", t => t.HasCheckConstraint("ck_agreements_fiscal_year", FiscalYearCheck("fiscal_year")));
            e.HasOne(a => a.Document).WithOne().HasForeignKey<AgreementRecord>(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(a => a.SignatoryOffice).WithMany().HasForeignKey(a => a.SignatoryOfficeId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(a => a.SupervisorOffice).WithMany().HasForeignKey(a => a.SupervisorOfficeId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => a.DocumentId).IsUnique();
            e.HasIndex(a => new { a.SignatoryOfficeId, a.FiscalYear });
            e.HasIndex(a => a.SupervisorOfficeId);
            e.HasIndex(a => a.FiscalYear);
        });

        modelBuilder.Entity<PerformanceAreaRecord>(e =>
        {
            e.ToTable("performance_areas", t => t.HasCheckConstraint("ck_performance_areas_group", GroupCheck));
            e.HasOne(p => p.Agreement).WithMany().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => new { p.AgreementId, p.Ordinal }).IsUnique();
        });

        modelBuilder.Entity<IndicatorRecord>(e =>
        {
            e.ToTable("indicators", t =>
            {
                t.HasCheckConstraint("ck_indicators_group", GroupCheck);
                t.HasCheckConstraint("ck_indicators_unit", UnitCheck("unit"));
                t.HasCheckConstraint("ck_indicators_confidence", "confidence BETWEEN 0 AND 1");
                t.HasCheckConstraint("ck_indicators_unit_scale", "unit_scale > 0");
            });
            e.HasOne(i => i.Agreement).WithMany().HasForeignKey(i => i.AgreementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(i => new { i.AgreementId, i.Ordinal }).IsUnique();
            e.HasIndex(i => new { i.AgreementId, i.Group, i.Code });
            e.HasIndex(i => i.CanonicalId);
        });

        modelBuilder.Entity<IndicatorValueRecord>(e =>
        {
            e.ToTable("indicator_values", t =>
            {
                t.HasCheckConstraint("ck_indicator_values_kind", "kind IN ('actual', 'target', 'projection')");
                t.HasCheckConstraint("ck_indicator_values_level",
                    "(kind = 'target' AND level IN ('excellent', 'very_good', 'good', 'fair', 'poor')) OR (kind <> 'target' AND level IS NULL)");
                t.HasCheckConstraint("ck_indicator_values_fiscal_year", FiscalYearCheck("fiscal_year"));
                t.HasCheckConstraint("ck_indicator_values_one_value",
                    "num_nonnulls(value_numeric, value_date, value_text) <= 1");
                t.HasCheckConstraint("ck_indicator_values_unit", UnitCheck("unit"));
                t.HasCheckConstraint("ck_indicator_values_confidence", "confidence BETWEEN 0 AND 1");
            });
            e.HasOne(v => v.Indicator).WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(v => new { v.IndicatorId, v.Kind });
            e.HasIndex(v => new { v.Kind, v.FiscalYear });
        });

        modelBuilder.Entity<IssueRecord>(e =>
        {
            e.ToTable("issues", t => t.HasCheckConstraint("ck_issues_severity", "severity IN ('error', 'warning', 'info')"));
            e.HasOne(i => i.Document).WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(i => new { i.DocumentId, i.Ordinal }).IsUnique();
            e.HasIndex(i => i.Code);
        });

        modelBuilder.Entity<IngestFailureRecord>(e =>
        {
            e.ToTable("ingest_failures");
            e.HasIndex(f => f.SourcePath).IsUnique();
            e.HasIndex(f => f.Sha256);
            e.Property(f => f.FailedAt).HasDefaultValueSql("now()");
        });
    }

    private const string GroupCheck = "\"group\" IN ('office', 'governance')";

    private static string FiscalYearCheck(string column) => $"{column} IS NULL OR {column} ~ '^[0-9]{{4}}-[0-9]{{2}}$'";

    private static string UnitCheck(string column) =>
        $"{column} IN ('percent', 'count', 'persons', 'date', 'score', 'taka', 'other')";
}
