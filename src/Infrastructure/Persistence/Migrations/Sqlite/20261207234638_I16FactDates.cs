using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I16FactDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "credit_class_changed_at_utc",
                table: "targets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "profile_changed_at_utc",
                table: "targets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "status_changed_at_utc",
                table: "targets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "tags_changed_at_utc",
                table: "targets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql(FactDatesSql.Backfill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "credit_class_changed_at_utc",
                table: "targets");

            migrationBuilder.DropColumn(
                name: "profile_changed_at_utc",
                table: "targets");

            migrationBuilder.DropColumn(
                name: "status_changed_at_utc",
                table: "targets");

            migrationBuilder.DropColumn(
                name: "tags_changed_at_utc",
                table: "targets");
        }
    }
}
