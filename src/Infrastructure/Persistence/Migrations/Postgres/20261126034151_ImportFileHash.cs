using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImportFileHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "file_bytes",
                table: "import_jobs",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "file_sha256",
                table: "import_jobs",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "file_bytes",
                table: "import_jobs");

            migrationBuilder.DropColumn(
                name: "file_sha256",
                table: "import_jobs");
        }
    }
}
