using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SnapshotMemberIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "member_index",
                table: "draw_snapshots",
                type: "text",
                nullable: true);

            // The gzip data does not compress further: stored out of line as is (no pglz attempt when a draw is
            // prepared), and a slice of it (one gzip member, for the per-target check) is read without the rest.
            migrationBuilder.Sql("ALTER TABLE draw_snapshots ALTER COLUMN data SET STORAGE EXTERNAL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE draw_snapshots ALTER COLUMN data SET STORAGE EXTENDED;");

            migrationBuilder.DropColumn(
                name: "member_index",
                table: "draw_snapshots");
        }
    }
}
