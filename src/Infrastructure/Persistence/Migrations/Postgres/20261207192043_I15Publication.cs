using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class I15Publication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calendar_days",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_days", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "published_results",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    target_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    target_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    target_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    result_category_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    result_category_name_zh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    result_category_name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    inspected_on = table.Column<DateOnly>(type: "date", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    authority = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    corrected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_published_results_inspection_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "inspection_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "task_publications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    deadline_on = table.Column<DateOnly>(type: "date", nullable: false),
                    published_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    result_count = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_publications", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_publications_inspection_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "inspection_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "calendar_days",
                columns: new[] { "id", "created_at_utc", "created_by", "date", "kind", "name", "updated_at_utc", "updated_by", "version", "year" },
                values: new object[,]
                {
                    { new Guid("0193b000-0000-7000-8000-000020260101"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 1, 1), "Holiday", "元旦", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260102"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 1, 2), "Holiday", "元旦", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260103"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 1, 3), "Holiday", "元旦", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260104"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 1, 4), "Workday", "元旦", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260214"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 2, 14), "Workday", "春节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260215"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 2, 15), "Holiday", "春节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260216"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 2, 16), "Holiday", "春节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260217"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 2, 17), "Holiday", "春节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260218"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 2, 18), "Holiday", "春节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260219"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 2, 19), "Holiday", "春节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260220"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 2, 20), "Holiday", "春节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260221"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 2, 21), "Holiday", "春节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260222"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 2, 22), "Holiday", "春节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260223"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 2, 23), "Holiday", "春节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260228"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 2, 28), "Workday", "春节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260404"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 4, 4), "Holiday", "清明节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260405"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 4, 5), "Holiday", "清明节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260406"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 4, 6), "Holiday", "清明节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260501"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 5, 1), "Holiday", "劳动节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260502"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 5, 2), "Holiday", "劳动节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260503"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 5, 3), "Holiday", "劳动节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260504"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 5, 4), "Holiday", "劳动节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260505"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 5, 5), "Holiday", "劳动节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260509"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 5, 9), "Workday", "劳动节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260619"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 6, 19), "Holiday", "端午节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260620"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 6, 20), "Holiday", "端午节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260621"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 6, 21), "Holiday", "端午节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260920"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 9, 20), "Workday", "国庆节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260925"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 9, 25), "Holiday", "中秋节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260926"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 9, 26), "Holiday", "中秋节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020260927"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 9, 27), "Holiday", "中秋节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020261001"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 10, 1), "Holiday", "国庆节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020261002"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 10, 2), "Holiday", "国庆节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020261003"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 10, 3), "Holiday", "国庆节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020261004"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 10, 4), "Holiday", "国庆节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020261005"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 10, 5), "Holiday", "国庆节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020261006"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 10, 6), "Holiday", "国庆节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020261007"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 10, 7), "Holiday", "国庆节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 },
                    { new Guid("0193b000-0000-7000-8000-000020261010"), new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", new DateOnly(2026, 10, 10), "Workday", "国庆节", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1, 2026 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_days_date",
                table: "calendar_days",
                column: "date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_calendar_days_year",
                table: "calendar_days",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ix_published_results_published_on_id",
                table: "published_results",
                columns: new[] { "published_on", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_published_results_target_code_published_on",
                table: "published_results",
                columns: new[] { "target_code", "published_on" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_published_results_target_name",
                table: "published_results",
                column: "target_name");

            migrationBuilder.CreateIndex(
                name: "ix_published_results_task_id_target_code_item_id",
                table: "published_results",
                columns: new[] { "task_id", "target_code", "item_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_publications_deadline_on",
                table: "task_publications",
                column: "deadline_on");

            migrationBuilder.CreateIndex(
                name: "ix_task_publications_task_id",
                table: "task_publications",
                column: "task_id",
                unique: true);

            migrationBuilder.Sql(PublicationSql.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PublicationSql.Drop);

            migrationBuilder.DropTable(
                name: "calendar_days");

            migrationBuilder.DropTable(
                name: "published_results");

            migrationBuilder.DropTable(
                name: "task_publications");
        }
    }
}
