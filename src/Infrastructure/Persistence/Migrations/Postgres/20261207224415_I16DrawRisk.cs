using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "risk_model_version_max",
                table: "draws",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "risk_model_version_min",
                table: "draws",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "risk_weighting",
                table: "draws",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Tier");

            migrationBuilder.AddColumn<int>(
                name: "uniform_share_bp",
                table: "draws",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "unscored_targets",
                table: "draws",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql(DrawRiskGuard.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DrawRiskGuard.Drop);

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
