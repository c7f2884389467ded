using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "member_index",
                table: "draw_snapshots");
        }
    }
}
