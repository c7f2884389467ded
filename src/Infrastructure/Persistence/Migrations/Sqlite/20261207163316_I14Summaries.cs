using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I14Summaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "summary_signatures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    task_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_number = table.Column<int>(type: "INTEGER", nullable: false),
                    officer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    officer_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    content_sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    signed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    is_leader = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_summary_signatures", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_summary_signatures_task_id_group_number_officer_id_content_sha256",
                table: "summary_signatures",
                columns: new[] { "task_id", "group_number", "officer_id", "content_sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_summary_signatures_user_id",
                table: "summary_signatures",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "summary_signatures");
        }
    }
}
