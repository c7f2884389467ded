using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Rosters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");

            migrationBuilder.CreateTable(
                name: "import_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    roster = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    stored_path = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    encoding = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rows_total = table.Column<long>(type: "bigint", nullable: true),
                    rows_done = table.Column<long>(type: "bigint", nullable: false),
                    inserted = table.Column<long>(type: "bigint", nullable: false),
                    updated = table.Column<long>(type: "bigint", nullable: false),
                    unchanged = table.Column<long>(type: "bigint", nullable: false),
                    error_count = table.Column<long>(type: "bigint", nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    started_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    finished_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    inspected_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_history", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "officers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    is_leader_eligible = table.Column<bool>(type: "boolean", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    expertise_tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officers", x => x.id);
                    table.ForeignKey(
                        name: "fk_officers_branch_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "branch_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    legal_representative = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    industry_section = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    industry_division = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    department_codes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    registration_date = table.Column<DateOnly>(type: "date", nullable: true),
                    registered_capital = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    risk_tier = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    credit_class = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    weight = table.Column<int>(type: "integer", nullable: true),
                    draw_reference_count = table.Column<int>(type: "integer", nullable: false),
                    retired_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_targets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "officer_certificates",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officer_certificates", x => x.id);
                    table.ForeignKey(
                        name: "fk_officer_certificates_officers_officer_id",
                        column: x => x.officer_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recusals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recusals", x => x.id);
                    table.ForeignKey(
                        name: "fk_recusals_officers_officer_id",
                        column: x => x.officer_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_import_jobs_status",
                table: "import_jobs",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_history_officer_id",
                table: "inspection_history",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_history_target_code_inspected_on",
                table: "inspection_history",
                columns: new[] { "target_code", "inspected_on" });

            migrationBuilder.CreateIndex(
                name: "ix_officer_certificates_expires_on",
                table: "officer_certificates",
                column: "expires_on");

            migrationBuilder.CreateIndex(
                name: "ix_officer_certificates_officer_id",
                table: "officer_certificates",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_officers_department_code",
                table: "officers",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "ix_officers_number",
                table: "officers",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_officers_unit_id",
                table: "officers",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_recusals_officer_id",
                table: "recusals",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_recusals_target_code",
                table: "recusals",
                column: "target_code");

            migrationBuilder.CreateIndex(
                name: "ix_targets_code",
                table: "targets",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_targets_industry_section_industry_division",
                table: "targets",
                columns: new[] { "industry_section", "industry_division" });

            migrationBuilder.CreateIndex(
                name: "ix_targets_kind",
                table: "targets",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_targets_name",
                table: "targets",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_targets_region_code",
                table: "targets",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_targets_risk_tier",
                table: "targets",
                column: "risk_tier");

            migrationBuilder.CreateIndex(
                name: "ix_targets_status",
                table: "targets",
                column: "status");

            // Name search ("contains") is served by a trigram index. Codes compare bytewise ("C"): they are ASCII
            // identifiers, and under "C" a prefix LIKE is served by the unique btree, with no second (costly) index
            // to maintain during bulk imports. Department and tag filters scan: a few hundred ms at a million rows.
            migrationBuilder.Sql("CREATE INDEX ix_targets_name_trgm ON targets USING gin (name gin_trgm_ops);");
            migrationBuilder.Sql("ALTER TABLE targets ALTER COLUMN code TYPE character varying(64) COLLATE \"C\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "import_jobs");

            migrationBuilder.DropTable(
                name: "inspection_history");

            migrationBuilder.DropTable(
                name: "officer_certificates");

            migrationBuilder.DropTable(
                name: "recusals");

            migrationBuilder.DropTable(
                name: "targets");

            migrationBuilder.DropTable(
                name: "officers");
        }
    }
}
