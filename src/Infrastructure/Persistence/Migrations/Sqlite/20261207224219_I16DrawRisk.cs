using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I16DrawRisk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "risk_model_targets",
                table: "draws",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "risk_model_version_max",
                table: "draws",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "risk_model_version_min",
                table: "draws",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "risk_weighting",
                table: "draws",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Tier");

            migrationBuilder.AddColumn<int>(
                name: "uniform_share_bp",
                table: "draws",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "unscored_targets",
                table: "draws",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "risk_model_targets",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "risk_model_version_max",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "risk_model_version_min",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "risk_weighting",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "uniform_share_bp",
                table: "draws");

            migrationBuilder.DropColumn(
                name: "unscored_targets",
                table: "draws");
        }
    }
}
