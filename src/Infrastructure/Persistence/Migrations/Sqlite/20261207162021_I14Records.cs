using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I14Records : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspection_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    task_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    draw_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_number = table.Column<int>(type: "INTEGER", nullable: false),
                    target_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    target_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    started_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    acknowledgement_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    signature_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    signature_content_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    refusal_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    acknowledged_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    acknowledged_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_records_draws_draw_id",
                        column: x => x.draw_id,
                        principalTable: "draws",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inspection_records_inspection_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "inspection_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "result_categories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name_zh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    indicates_problem = table.Column<bool>(type: "INTEGER", nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    is_retired = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_result_categories", x => x.id);
                    table.UniqueConstraint("ak_result_categories_code", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "inspection_refusal_witnesses",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    identity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    record_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_refusal_witnesses", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_refusal_witnesses_inspection_records_record_id",
                        column: x => x.record_id,
                        principalTable: "inspection_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_item_results",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    result_category_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    rectification_deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    record_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_item_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_item_results_inspection_records_record_id",
                        column: x => x.record_id,
                        principalTable: "inspection_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_inspection_item_results_result_categories_result_category_code",
                        column: x => x.result_category_code,
                        principalTable: "result_categories",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "result_categories",
                columns: new[] { "id", "code", "created_at_utc", "created_by", "indicates_problem", "is_retired", "name_en", "name_zh", "sort_order", "updated_at_utc", "updated_by", "version" },
                values: new object[,]
                {
                    { new Guid("0193a000-0000-7000-8000-000000000001"), "no-problem", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", false, false, "No problem found", "未发现问题", 10, new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("0193a000-0000-7000-8000-000000000002"), "undisclosed-information", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", true, false, "Information that must be disclosed was not disclosed as required", "未按规定公示应当公示的信息", 20, new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("0193a000-0000-7000-8000-000000000003"), "false-disclosure", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", true, false, "Disclosed information conceals the facts or is falsified", "公示信息隐瞒真实情况、弄虚作假", 30, new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("0193a000-0000-7000-8000-000000000004"), "unreachable-at-address", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", true, false, "Cannot be reached at the registered domicile (place of business)", "通过登记的住所（经营场所）无法联系", 40, new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("0193a000-0000-7000-8000-000000000005"), "ordered-to-rectify", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", true, false, "Problem found and ordered to be rectified", "发现问题已责令改正", 50, new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("0193a000-0000-7000-8000-000000000006"), "pending-follow-up", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", true, false, "Problem found, pending follow-up", "发现问题待后续处理", 60, new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("0193a000-0000-7000-8000-000000000007"), "serious-non-cooperation", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", true, false, "Seriously uncooperative with the inspection", "不配合检查情节严重", 70, new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("0193a000-0000-7000-8000-000000000008"), "no-relevant-activity", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", false, false, "No business activity covered by this inspection was found", "未发现开展本次抽查涉及的经营活动", 80, new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("0193a000-0000-7000-8000-000000000009"), "deregistered-revoked-or-moved", new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", false, false, "Deregistered, licence revoked, or moved out", "已注销或被吊销、已迁出", 90, new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_item_results_record_id",
                table: "inspection_item_results",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_item_results_result_category_code",
                table: "inspection_item_results",
                column: "result_category_code");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_records_draw_id",
                table: "inspection_records",
                column: "draw_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_records_target_code",
                table: "inspection_records",
                column: "target_code");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_records_task_id_group_number",
                table: "inspection_records",
                columns: new[] { "task_id", "group_number" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_records_task_id_target_code",
                table: "inspection_records",
                columns: new[] { "task_id", "target_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspection_refusal_witnesses_record_id",
                table: "inspection_refusal_witnesses",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "ix_result_categories_code",
                table: "result_categories",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_item_results");

            migrationBuilder.DropTable(
                name: "inspection_refusal_witnesses");

            migrationBuilder.DropTable(
                name: "result_categories");

            migrationBuilder.DropTable(
                name: "inspection_records");
        }
    }
}
