using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I16Scoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "risk_rescores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    model_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    model_version = table.Column<int>(type: "INTEGER", nullable: false),
                    job_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    started_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    scored_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    scored_by_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    targets_scored = table.Column<long>(type: "INTEGER", nullable: false),
                    targets_moved = table.Column<long>(type: "INTEGER", nullable: false),
                    cutoff_mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    cutoff_first = table.Column<double>(type: "REAL", nullable: false),
                    cutoff_second = table.Column<double>(type: "REAL", nullable: false),
                    cutoff_third = table.Column<double>(type: "REAL", nullable: false),
                    threshold_first = table.Column<double>(type: "REAL", nullable: false),
                    threshold_second = table.Column<double>(type: "REAL", nullable: false),
                    threshold_third = table.Column<double>(type: "REAL", nullable: false),
                    moves = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_rescores", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "risk_tier_cutoffs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    first = table.Column<double>(type: "REAL", nullable: false),
                    second = table.Column<double>(type: "REAL", nullable: false),
                    third = table.Column<double>(type: "REAL", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_tier_cutoffs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "target_risk_explanations",
                columns: table => new
                {
                    target_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    model_version = table.Column<int>(type: "INTEGER", nullable: false),
                    contributions = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_target_risk_explanations", x => x.target_code);
                });

            migrationBuilder.CreateIndex(
                name: "ix_risk_rescores_finished_at_utc",
                table: "risk_rescores",
                column: "finished_at_utc");

            migrationBuilder.CreateIndex(
                name: "ix_risk_tier_cutoffs_scope",
                table: "risk_tier_cutoffs",
                column: "scope",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "risk_rescores");

            migrationBuilder.DropTable(
                name: "risk_tier_cutoffs");

            migrationBuilder.DropTable(
                name: "target_risk_explanations");
        }
    }
}
