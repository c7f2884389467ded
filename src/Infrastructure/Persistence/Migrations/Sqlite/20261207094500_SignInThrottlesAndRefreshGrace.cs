using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignInThrottlesAndRefreshGrace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "failed_login_count",
                table: "users");

            migrationBuilder.DropColumn(
                name: "locked_until_utc",
                table: "users");

            migrationBuilder.AddColumn<DateTime>(
                name: "grace_used_at_utc",
                table: "refresh_tokens",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "sign_in_throttles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    client_address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    failure_count = table.Column<int>(type: "INTEGER", nullable: false),
                    last_failure_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    blocked_until_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_success_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_throttles", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_throttles_user_name_client_address",
                table: "sign_in_throttles",
                columns: new[] { "user_name", "client_address" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sign_in_throttles");

            migrationBuilder.DropColumn(
                name: "grace_used_at_utc",
                table: "refresh_tokens");

            migrationBuilder.AddColumn<int>(
                name: "failed_login_count",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "locked_until_utc",
                table: "users",
                type: "TEXT",
                nullable: true);
        }
    }
}
