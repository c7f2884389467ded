using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "risk_score",
                table: "targets",
                type: "double precision",
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
