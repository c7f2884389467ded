using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I16TargetRisk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "risk_model_version",
                table: "targets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "risk_score",
                table: "targets",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "risk_model_version",
                table: "targets");

            migrationBuilder.DropColumn(
                name: "risk_score",
                table: "targets");
        }
    }
}
