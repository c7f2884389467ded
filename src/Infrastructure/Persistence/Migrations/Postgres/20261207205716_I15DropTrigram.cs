using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I15DropTrigram : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int[]>(
                name: "calendar_missing_years",
                table: "task_publications",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);
            migrationBuilder.Sql(PublicationSql.DropTrigram);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PublicationSql.Create);
            migrationBuilder.DropColumn(
                name: "calendar_missing_years",
                table: "task_publications");
        }
    }
}
