using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// The whole schema (ADR 12: the 25 migrations before it were squashed; a database they created is refused at start):
    /// the tables from the model, then the hand-written SQL still in force, each in its final form.
    /// </summary>
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "action_confirmations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    subject = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    confirmed_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    confirmed_by_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requested_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    consumed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_confirmations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_checkpoints",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    occurred_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    archive = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    signature = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_checkpoints", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    occurred_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_roles = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    before = table.Column<string>(type: "text", nullable: true),
                    after = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    prev_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    hash_version = table.Column<int>(type: "integer", nullable: false),
                    payload_digest = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    payload_nonce = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: true),
                    redacted_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    redacted_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    redaction_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    redaction_sequence = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "branch_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    retired_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_branch_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_branch_units_branch_units_parent_id",
                        column: x => x.parent_id,
                        principalTable: "branch_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    retired_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_departments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "import_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    roster = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    stored_path = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    encoding = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rows_total = table.Column<long>(type: "bigint", nullable: true),
                    rows_done = table.Column<long>(type: "bigint", nullable: false),
                    inserted = table.Column<long>(type: "bigint", nullable: false),
                    updated = table.Column<long>(type: "bigint", nullable: false),
                    unchanged = table.Column<long>(type: "bigint", nullable: false),
                    error_count = table.Column<long>(type: "bigint", nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    started_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    finished_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    // Last, and file_bytes with the default 0, as migration ImportFileHash left them before the squash
                    // (ADR 12): a database made by Initial has the schema the old history made (scripts/compare-schemas.sh).
                    file_bytes = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    file_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    inspected_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_history", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    checklist = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    required_expertise = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    priority = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_retired = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    settings = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_frozen = table.Column<bool>(type: "boolean", nullable: false),
                    current_draw_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    copied_from_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sign_in_throttles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    failure_count = table.Column<int>(type: "integer", nullable: false),
                    last_failure_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    blocked_until_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_success_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_throttles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    legal_representative = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    industry_section = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    industry_division = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    department_codes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    registration_date = table.Column<DateOnly>(type: "date", nullable: true),
                    registered_capital = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    risk_tier = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    credit_class = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    weight = table.Column<int>(type: "integer", nullable: true),
                    draw_reference_count = table.Column<int>(type: "integer", nullable: false),
                    retired_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_targets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "officers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    is_leader_eligible = table.Column<bool>(type: "boolean", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    expertise_tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officers", x => x.id);
                    table.ForeignKey(
                        name: "fk_officers_branch_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "branch_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    display_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    password_hash = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    roles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    must_change_password = table.Column<bool>(type: "boolean", nullable: false),
                    is_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    security_stamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    password_changed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_login_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                    table.ForeignKey(
                        name: "fk_users_branch_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "branch_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "draws",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    allow_overlap = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    draw_date = table.Column<DateOnly>(type: "date", nullable: false),
                    parameters_json = table.Column<string>(type: "text", nullable: false),
                    params_digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    targets_root = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    officers_root = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recusals_root = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    strata_sizes = table.Column<string>(type: "text", nullable: false),
                    commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    encrypted_secret = table.Column<byte[]>(type: "bytea", nullable: false),
                    prepared_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    entropy = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    entropy_digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    executed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    supervised_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    executed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    result_lines = table.Column<string>(type: "text", nullable: true),
                    result_digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    failure = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    failure_detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    revealed_secret = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    revealed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
                name: "officer_certificates",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officer_certificates", x => x.id);
                    table.ForeignKey(
                        name: "fk_officer_certificates_officers_officer_id",
                        column: x => x.officer_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recusals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recusals", x => x.id);
                    table.ForeignKey(
                        name: "fk_recusals_officers_officer_id",
                        column: x => x.officer_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "refresh_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    family_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    security_stamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    revoked_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revoked_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    replaced_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    grace_used_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_refresh_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_refresh_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "draw_amendments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    draw_id = table.Column<Guid>(type: "uuid", nullable: false),
                    result_digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    group_number = table.Column<int>(type: "integer", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    replacement_officer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    target_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    draw_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    draw_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_number = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    officer_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    officer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    draw_id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    target_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    target_address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    stratum = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    weight = table.Column<int>(type: "integer", nullable: false),
                    lambda = table.Column<double>(type: "double precision", nullable: false),
                    q = table.Column<double>(type: "double precision", nullable: true),
                    group_number = table.Column<int>(type: "integer", nullable: true)
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
                    draw_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    leaf_count = table.Column<int>(type: "integer", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false),
                    member_index = table.Column<string>(type: "text", nullable: true)
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
                    year = table.Column<int>(type: "integer", nullable: false),
                    target_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    draw_id = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "ix_action_confirmations_action_subject",
                table: "action_confirmations",
                columns: new[] { "action", "subject" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_name",
                table: "audit_entries",
                column: "actor_name");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at_utc_sequence",
                table: "audit_entries",
                columns: new[] { "occurred_at_utc", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_unit_id",
                table: "audit_entries",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_branch_units_code",
                table: "branch_units",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_branch_units_parent_id",
                table: "branch_units",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_branch_units_region_code",
                table: "branch_units",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_departments_code",
                table: "departments",
                column: "code",
                unique: true);

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
                name: "ix_import_jobs_status",
                table: "import_jobs",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_history_officer_id",
                table: "inspection_history",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_history_target_code_inspected_on",
                table: "inspection_history",
                columns: new[] { "target_code", "inspected_on" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_items_department_code",
                table: "inspection_items",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_tasks_year",
                table: "inspection_tasks",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ix_officer_certificates_expires_on",
                table: "officer_certificates",
                column: "expires_on");

            migrationBuilder.CreateIndex(
                name: "ix_officer_certificates_officer_id",
                table: "officer_certificates",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_officers_department_code",
                table: "officers",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "ix_officers_number",
                table: "officers",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_officers_unit_id",
                table: "officers",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_recusals_officer_id",
                table: "recusals",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_recusals_target_code",
                table: "recusals",
                column: "target_code");

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_family_id",
                table: "refresh_tokens",
                column: "family_id");

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_token_hash",
                table: "refresh_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_user_id",
                table: "refresh_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_throttles_user_name_client_address",
                table: "sign_in_throttles",
                columns: new[] { "user_name", "client_address" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_targets_code",
                table: "targets",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_targets_industry_section_industry_division",
                table: "targets",
                columns: new[] { "industry_section", "industry_division" });

            migrationBuilder.CreateIndex(
                name: "ix_targets_kind",
                table: "targets",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_targets_name",
                table: "targets",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_targets_region_code",
                table: "targets",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_targets_registered_capital",
                table: "targets",
                column: "registered_capital");

            migrationBuilder.CreateIndex(
                name: "ix_targets_risk_tier",
                table: "targets",
                column: "risk_tier");

            migrationBuilder.CreateIndex(
                name: "ix_targets_status",
                table: "targets",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_users_unit_id",
                table: "users",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_users_user_name",
                table: "users",
                column: "user_name",
                unique: true);

            migrationBuilder.Sql(RosterSql.Create);
            migrationBuilder.Sql(AuditTrailSql.Create);
            migrationBuilder.Sql(DrawGuards.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "action_confirmations");

            migrationBuilder.DropTable(
                name: "audit_checkpoints");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "departments");

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
                name: "import_jobs");

            migrationBuilder.DropTable(
                name: "inspection_history");

            migrationBuilder.DropTable(
                name: "inspection_items");

            migrationBuilder.DropTable(
                name: "officer_certificates");

            migrationBuilder.DropTable(
                name: "recusals");

            migrationBuilder.DropTable(
                name: "refresh_tokens");

            migrationBuilder.DropTable(
                name: "sign_in_throttles");

            migrationBuilder.DropTable(
                name: "targets");

            migrationBuilder.DropTable(
                name: "draws");

            migrationBuilder.DropTable(
                name: "officers");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "inspection_tasks");

            migrationBuilder.DropTable(
                name: "branch_units");

            migrationBuilder.Sql(DrawGuards.Drop);
            migrationBuilder.Sql(AuditTrailSql.Drop);
            migrationBuilder.Sql(RosterSql.Drop);
        }
    }
}
