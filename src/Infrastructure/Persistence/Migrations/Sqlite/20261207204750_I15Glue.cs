using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I15Glue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "refreshed_on",
                table: "task_publications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refreshed_target_code",
                table: "task_publications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "results_sha256",
                table: "task_publications",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "refreshed_on",
                table: "task_publications");

            migrationBuilder.DropColumn(
                name: "refreshed_target_code",
                table: "task_publications");

            migrationBuilder.DropColumn(
                name: "results_sha256",
                table: "task_publications");
        }
    }
}
