using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ApaIngest.Data.Migrations
{
    /// <inheritdoc />
    public partial class RelationalModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ingest_failures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source_path = table.Column<string>(type: "text", nullable: false),
                    sha256 = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: false),
                    message = table.Column<string>(type: "text", nullable: false),
                    pipeline_version = table.Column<string>(type: "text", nullable: false),
                    failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ingest_failures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "issues",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_id = table.Column<long>(type: "bigint", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    severity = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    message = table.Column<string>(type: "text", nullable: false),
                    page = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issues", x => x.id);
                    table.CheckConstraint("ck_issues_severity", "severity IN ('error', 'warning', 'info')");
                    table.ForeignKey(
                        name: "fk_issues_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "offices",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    normalized_name = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    division = table.Column<string>(type: "text", nullable: true),
                    district = table.Column<string>(type: "text", nullable: true),
                    upazila = table.Column<string>(type: "text", nullable: true),
                    ministry = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offices", x => x.id);
                    table.CheckConstraint("ck_offices_kind", "kind IN ('upazila', 'district', 'division', 'ministry', 'department', 'other')");
                });

            migrationBuilder.CreateTable(
                name: "agreements",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_id = table.Column<long>(type: "bigint", nullable: false),
                    fiscal_year = table.Column<string>(type: "text", nullable: true),
                    signatory_office_id = table.Column<long>(type: "bigint", nullable: true),
                    signatory_title = table.Column<string>(type: "text", nullable: true),
                    supervisor_office_id = table.Column<long>(type: "bigint", nullable: true),
                    supervisor_title = table.Column<string>(type: "text", nullable: true),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    vision = table.Column<string>(type: "text", nullable: true),
                    mission = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreements", x => x.id);
                    table.CheckConstraint("ck_agreements_fiscal_year", "fiscal_year IS NULL OR fiscal_year ~ '^[0-9]{4}-[0-9]{2}$'");
                    table.ForeignKey(
                        name: "fk_agreements_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_agreements_offices_signatory_office_id",
                        column: x => x.signatory_office_id,
                        principalTable: "offices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreements_offices_supervisor_office_id",
                        column: x => x.supervisor_office_id,
                        principalTable: "offices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agreement_id = table.Column<long>(type: "bigint", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    group = table.Column<string>(type: "text", nullable: false),
                    area_code = table.Column<string>(type: "text", nullable: false),
                    activity_code = table.Column<string>(type: "text", nullable: false),
                    activity = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    calculation = table.Column<string>(type: "text", nullable: true),
                    calculation_raw = table.Column<string>(type: "text", nullable: true),
                    unit = table.Column<string>(type: "text", nullable: false),
                    unit_raw = table.Column<string>(type: "text", nullable: true),
                    unit_scale = table.Column<double>(type: "double precision", nullable: false),
                    weight = table.Column<double>(type: "double precision", nullable: true),
                    canonical_id = table.Column<string>(type: "text", nullable: true),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    page = table.Column<int>(type: "integer", nullable: true),
                    bbox = table.Column<double[]>(type: "double precision[]", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicators", x => x.id);
                    table.CheckConstraint("ck_indicators_confidence", "confidence BETWEEN 0 AND 1");
                    table.CheckConstraint("ck_indicators_group", "\"group\" IN ('office', 'governance')");
                    table.CheckConstraint("ck_indicators_unit", "unit IN ('percent', 'count', 'persons', 'date', 'score', 'taka', 'other')");
                    table.CheckConstraint("ck_indicators_unit_scale", "unit_scale > 0");
                    table.ForeignKey(
                        name: "fk_indicators_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "performance_areas",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agreement_id = table.Column<long>(type: "bigint", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    group = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    weight = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_performance_areas", x => x.id);
                    table.CheckConstraint("ck_performance_areas_group", "\"group\" IN ('office', 'governance')");
                    table.ForeignKey(
                        name: "fk_performance_areas_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_values",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicator_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    level = table.Column<string>(type: "text", nullable: true),
                    fiscal_year = table.Column<string>(type: "text", nullable: true),
                    value_numeric = table.Column<double>(type: "double precision", nullable: true),
                    value_date = table.Column<DateOnly>(type: "date", nullable: true),
                    value_text = table.Column<string>(type: "text", nullable: true),
                    unit = table.Column<string>(type: "text", nullable: false),
                    scale = table.Column<double>(type: "double precision", nullable: false),
                    raw = table.Column<string>(type: "text", nullable: true),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    page = table.Column<int>(type: "integer", nullable: true),
                    bbox = table.Column<double[]>(type: "double precision[]", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_values", x => x.id);
                    table.CheckConstraint("ck_indicator_values_confidence", "confidence BETWEEN 0 AND 1");
                    table.CheckConstraint("ck_indicator_values_fiscal_year", "fiscal_year IS NULL OR fiscal_year ~ '^[0-9]{4}-[0-9]{2}$'");
                    table.CheckConstraint("ck_indicator_values_kind", "kind IN ('actual', 'target', 'projection')");
                    table.CheckConstraint("ck_indicator_values_level", "(kind = 'target' AND level IN ('excellent', 'very_good', 'good', 'fair', 'poor')) OR (kind <> 'target' AND level IS NULL)");
                    table.CheckConstraint("ck_indicator_values_one_value", "num_nonnulls(value_numeric, value_date, value_text) <= 1");
                    table.CheckConstraint("ck_indicator_values_unit", "unit IN ('percent', 'count', 'persons', 'date', 'score', 'taka', 'other')");
                    table.ForeignKey(
                        name: "fk_indicator_values_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreements_document_id",
                table: "agreements",
                column: "document_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agreements_fiscal_year",
                table: "agreements",
                column: "fiscal_year");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_signatory_office_id_fiscal_year",
                table: "agreements",
                columns: new[] { "signatory_office_id", "fiscal_year" });

            migrationBuilder.CreateIndex(
                name: "ix_agreements_supervisor_office_id",
                table: "agreements",
                column: "supervisor_office_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_indicator_id_kind",
                table: "indicator_values",
                columns: new[] { "indicator_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_kind_fiscal_year",
                table: "indicator_values",
                columns: new[] { "kind", "fiscal_year" });

            migrationBuilder.CreateIndex(
                name: "ix_indicators_agreement_id_group_code",
                table: "indicators",
                columns: new[] { "agreement_id", "group", "code" });

            migrationBuilder.CreateIndex(
                name: "ix_indicators_agreement_id_ordinal",
                table: "indicators",
                columns: new[] { "agreement_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicators_canonical_id",
                table: "indicators",
                column: "canonical_id");

            migrationBuilder.CreateIndex(
                name: "ix_ingest_failures_sha256",
                table: "ingest_failures",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_ingest_failures_source_path",
                table: "ingest_failures",
                column: "source_path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issues_code",
                table: "issues",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_issues_document_id_ordinal",
                table: "issues",
                columns: new[] { "document_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_offices_kind_district_upazila",
                table: "offices",
                columns: new[] { "kind", "district", "upazila" });

            migrationBuilder.CreateIndex(
                name: "ix_offices_normalized_name",
                table: "offices",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_performance_areas_agreement_id_ordinal",
                table: "performance_areas",
                columns: new[] { "agreement_id", "ordinal" },
                unique: true);

            migrationBuilder.Sql(ApaIngest.Data.Model.AuditViews.CreateIndicatorValues);
            migrationBuilder.Sql(ApaIngest.Data.Model.AuditViews.CreateIndicatorComparison);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ApaIngest.Data.Model.AuditViews.Drop);
            migrationBuilder.DropTable(
                name: "indicator_values");

            migrationBuilder.DropTable(
                name: "ingest_failures");

            migrationBuilder.DropTable(
                name: "issues");

            migrationBuilder.DropTable(
                name: "performance_areas");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "agreements");

            migrationBuilder.DropTable(
                name: "offices");
        }
    }
}
