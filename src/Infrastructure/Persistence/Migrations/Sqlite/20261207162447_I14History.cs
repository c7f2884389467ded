using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I14History : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspection_outcomes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    target_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    inspected_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    task_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    item_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    result_category_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    inclusion_probability = table.Column<double>(type: "REAL", nullable: true),
                    stratum = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_outcomes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_outcomes_batch_id",
                table: "inspection_outcomes",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_outcomes_target_code_inspected_on_item_code",
                table: "inspection_outcomes",
                columns: new[] { "target_code", "inspected_on", "item_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspection_outcomes_year",
                table: "inspection_outcomes",
                column: "year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_outcomes");
        }
    }
}
