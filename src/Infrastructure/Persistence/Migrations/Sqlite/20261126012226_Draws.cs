using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Draws : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspection_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    department_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    checklist = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    required_expertise = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    priority = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    is_retired = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    settings = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    is_frozen = table.Column<bool>(type: "INTEGER", nullable: false),
                    current_draw_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    closed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    copied_from_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "draws",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    task_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    allow_overlap = table.Column<bool>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    draw_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    parameters_json = table.Column<string>(type: "TEXT", nullable: false),
                    params_digest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    targets_root = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    officers_root = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    recusals_root = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    strata_sizes = table.Column<string>(type: "TEXT", nullable: false),
                    commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    encrypted_secret = table.Column<byte[]>(type: "BLOB", nullable: false),
                    prepared_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    entropy = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    entropy_digest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    executed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    supervised_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    executed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    result_lines = table.Column<string>(type: "TEXT", nullable: true),
                    result_digest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    failure = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    failure_detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    revealed_secret = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    revealed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_draws", x => x.id);
                    table.ForeignKey(
                        name: "fk_draws_inspection_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "inspection_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "draw_amendments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    draw_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    result_digest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    group_number = table.Column<int>(type: "INTEGER", nullable: false),
                    officer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    replacement_officer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    target_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    requested_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_draw_amendments", x => x.id);
                    table.ForeignKey(
                        name: "fk_draw_amendments_draws_draw_id",
                        column: x => x.draw_id,
                        principalTable: "draws",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "draw_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    draw_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_draw_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_draw_attachments_draws_draw_id",
                        column: x => x.draw_id,
                        principalTable: "draws",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "draw_group_members",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    draw_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    group_number = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    officer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    officer_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    officer_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_draw_group_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_draw_group_members_draws_draw_id",
                        column: x => x.draw_id,
                        principalTable: "draws",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "draw_selections",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    draw_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    target_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    target_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    target_address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    stratum = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    weight = table.Column<int>(type: "INTEGER", nullable: false),
                    lambda = table.Column<double>(type: "REAL", nullable: false),
                    q = table.Column<double>(type: "REAL", nullable: true),
                    group_number = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_draw_selections", x => x.id);
                    table.ForeignKey(
                        name: "fk_draw_selections_draws_draw_id",
                        column: x => x.draw_id,
                        principalTable: "draws",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "draw_snapshots",
                columns: table => new
                {
                    draw_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    leaf_count = table.Column<int>(type: "INTEGER", nullable: false),
                    data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_draw_snapshots", x => new { x.draw_id, x.kind });
                    table.ForeignKey(
                        name: "fk_draw_snapshots_draws_draw_id",
                        column: x => x.draw_id,
                        principalTable: "draws",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "drawn_targets_by_year",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    target_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    draw_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_drawn_targets_by_year", x => new { x.year, x.target_code });
                    table.ForeignKey(
                        name: "fk_drawn_targets_by_year_draws_draw_id",
                        column: x => x.draw_id,
                        principalTable: "draws",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_draw_amendments_draw_id",
                table: "draw_amendments",
                column: "draw_id");

            migrationBuilder.CreateIndex(
                name: "ix_draw_attachments_draw_id",
                table: "draw_attachments",
                column: "draw_id");

            migrationBuilder.CreateIndex(
                name: "ix_draw_group_members_draw_id_group_number_position",
                table: "draw_group_members",
                columns: new[] { "draw_id", "group_number", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_draw_group_members_officer_id",
                table: "draw_group_members",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_draw_group_members_unit_id",
                table: "draw_group_members",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_draw_selections_draw_id_target_code",
                table: "draw_selections",
                columns: new[] { "draw_id", "target_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_draw_selections_target_code",
                table: "draw_selections",
                column: "target_code");

            migrationBuilder.CreateIndex(
                name: "ix_drawn_targets_by_year_draw_id",
                table: "drawn_targets_by_year",
                column: "draw_id");

            migrationBuilder.CreateIndex(
                name: "ix_draws_task_id",
                table: "draws",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ix_draws_year_task_id",
                table: "draws",
                columns: new[] { "year", "task_id" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_items_department_code",
                table: "inspection_items",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_tasks_year",
                table: "inspection_tasks",
                column: "year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "draw_amendments");

            migrationBuilder.DropTable(
                name: "draw_attachments");

            migrationBuilder.DropTable(
                name: "draw_group_members");

            migrationBuilder.DropTable(
                name: "draw_selections");

            migrationBuilder.DropTable(
                name: "draw_snapshots");

            migrationBuilder.DropTable(
                name: "drawn_targets_by_year");

            migrationBuilder.DropTable(
                name: "inspection_items");

            migrationBuilder.DropTable(
                name: "draws");

            migrationBuilder.DropTable(
                name: "inspection_tasks");
        }
    }
}
