using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I16Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "risk_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    rows_done = table.Column<long>(type: "bigint", nullable: false),
                    rows_total = table.Column<long>(type: "bigint", nullable: true),
                    lane = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    data_from = table.Column<DateOnly>(type: "date", nullable: true),
                    data_to = table.Column<DateOnly>(type: "date", nullable: true),
                    validation_from = table.Column<DateOnly>(type: "date", nullable: true),
                    weighted = table.Column<bool>(type: "boolean", nullable: false),
                    parameters = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    model_id = table.Column<Guid>(type: "uuid", nullable: true),
                    rescore_id = table.Column<Guid>(type: "uuid", nullable: true),
                    requested_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    requested_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    requested_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    started_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    finished_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    cancel_requested = table.Column<bool>(type: "boolean", nullable: false),
                    cancelled_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    error_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    error_message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "risk_models",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    trainer = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hyper_parameters = table.Column<string>(type: "text", nullable: false),
                    feature_names = table.Column<string>(type: "text", nullable: false),
                    feature_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    data_from = table.Column<DateOnly>(type: "date", nullable: false),
                    data_to = table.Column<DateOnly>(type: "date", nullable: false),
                    validation_from = table.Column<DateOnly>(type: "date", nullable: false),
                    training_rows = table.Column<long>(type: "bigint", nullable: false),
                    validation_rows = table.Column<long>(type: "bigint", nullable: false),
                    estimated_weight_rows = table.Column<long>(type: "bigint", nullable: false),
                    weighted = table.Column<bool>(type: "boolean", nullable: false),
                    metrics = table.Column<string>(type: "text", nullable: false),
                    trained_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    trained_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    trained_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    job_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_bytes = table.Column<long>(type: "bigint", nullable: false),
                    file_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    activated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    activated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_models", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "risk_model_files",
                columns: table => new
                {
                    model_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_model_files", x => x.model_id);
                    table.ForeignKey(
                        name: "fk_risk_model_files_risk_models_model_id",
                        column: x => x.model_id,
                        principalTable: "risk_models",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_risk_jobs_requested_at_utc",
                table: "risk_jobs",
                column: "requested_at_utc");

            migrationBuilder.CreateIndex(
                name: "ux_risk_jobs_one_unfinished",
                table: "risk_jobs",
                column: "lane",
                unique: true,
                filter: "status IN ('Queued', 'Running')");

            migrationBuilder.CreateIndex(
                name: "ix_risk_models_version",
                table: "risk_models",
                column: "version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_risk_models_one_active",
                table: "risk_models",
                column: "is_active",
                unique: true,
                filter: "is_active");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "risk_jobs");

            migrationBuilder.DropTable(
                name: "risk_model_files");

            migrationBuilder.DropTable(
                name: "risk_models");
        }
    }
}
