using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I15Corrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "content_version",
                table: "inspection_records",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "corrected_at_utc",
                table: "inspection_records",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "record_corrections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_number = table.Column<int>(type: "integer", nullable: false),
                    target_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    record_version = table.Column<int>(type: "integer", nullable: false),
                    corrects_version = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    requested_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    supervising_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    decision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    resulting_version = table.Column<int>(type: "integer", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_record_corrections", x => x.id);
                    table.ForeignKey(
                        name: "fk_record_corrections_branch_units_supervising_unit_id",
                        column: x => x.supervising_unit_id,
                        principalTable: "branch_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_record_corrections_inspection_records_record_id",
                        column: x => x.record_id,
                        principalTable: "inspection_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_record_corrections_inspection_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "inspection_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspection_record_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    made_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    made_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    correction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_record_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_record_versions_inspection_records_record_id",
                        column: x => x.record_id,
                        principalTable: "inspection_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inspection_record_versions_inspection_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "inspection_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inspection_record_versions_record_corrections_correction_id",
                        column: x => x.correction_id,
                        principalTable: "record_corrections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "record_correction_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    result_category_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    legal_basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    rectification_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    correction_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_record_correction_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_record_correction_items_record_corrections_correction_id",
                        column: x => x.correction_id,
                        principalTable: "record_corrections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_record_version_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    result_category_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    legal_basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    rectification_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_record_version_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_record_version_items_inspection_record_versions_~",
                        column: x => x.version_id,
                        principalTable: "inspection_record_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_record_version_items_version_id",
                table: "inspection_record_version_items",
                column: "version_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_record_versions_correction_id",
                table: "inspection_record_versions",
                column: "correction_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_record_versions_record_id_number",
                table: "inspection_record_versions",
                columns: new[] { "record_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspection_record_versions_task_id",
                table: "inspection_record_versions",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ix_record_correction_items_correction_id",
                table: "record_correction_items",
                column: "correction_id");

            migrationBuilder.CreateIndex(
                name: "ix_record_corrections_record_id",
                table: "record_corrections",
                column: "record_id",
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_record_corrections_status_requested_at_utc",
                table: "record_corrections",
                columns: new[] { "status", "requested_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_record_corrections_supervising_unit_id",
                table: "record_corrections",
                column: "supervising_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_record_corrections_task_id",
                table: "record_corrections",
                column: "task_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_record_version_items");

            migrationBuilder.DropTable(
                name: "record_correction_items");

            migrationBuilder.DropTable(
                name: "inspection_record_versions");

            migrationBuilder.DropTable(
                name: "record_corrections");

            migrationBuilder.DropColumn(
                name: "content_version",
                table: "inspection_records");

            migrationBuilder.DropColumn(
                name: "corrected_at_utc",
                table: "inspection_records");
        }
    }
}
