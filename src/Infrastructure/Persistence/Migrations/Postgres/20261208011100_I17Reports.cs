using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I17Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evaluation_report_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    period_to = table.Column<DateOnly>(type: "date", nullable: false),
                    period_label = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    scope = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    percent = table.Column<int>(type: "integer", nullable: false),
                    heartbeat_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    cancel_requested = table.Column<bool>(type: "boolean", nullable: false),
                    cancelled_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    requested_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    requested_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    requested_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    started_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    finished_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    data_digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    model_version = table.Column<int>(type: "integer", nullable: true),
                    figures = table.Column<string>(type: "text", nullable: true),
                    reused_from_id = table.Column<Guid>(type: "uuid", nullable: true),
                    error_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    error_message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_report_jobs", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluation_report_jobs_evaluation_report_jobs_reused_from_id",
                        column: x => x.reused_from_id,
                        principalTable: "evaluation_report_jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_report_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_id = table.Column<Guid>(type: "uuid", nullable: false),
                    format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_report_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluation_report_files_evaluation_report_jobs_job_id",
                        column: x => x.job_id,
                        principalTable: "evaluation_report_jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_report_files_job_id_format",
                table: "evaluation_report_files",
                columns: new[] { "job_id", "format" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_report_jobs_fingerprint_status",
                table: "evaluation_report_jobs",
                columns: new[] { "fingerprint", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_report_jobs_requested_at_utc",
                table: "evaluation_report_jobs",
                column: "requested_at_utc");

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_report_jobs_reused_from_id",
                table: "evaluation_report_jobs",
                column: "reused_from_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_report_files");

            migrationBuilder.DropTable(
                name: "evaluation_report_jobs");
        }
    }
}
