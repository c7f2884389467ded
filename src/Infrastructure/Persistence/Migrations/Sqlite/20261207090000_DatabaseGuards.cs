using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The PostgreSQL migration of the same name adds database guards (draw state machine, reveal check, no TRUNCATE,
    /// staging through <c>audit_stage</c>); SQLite, the embedded demo, relies on the application (ADR 2). Kept so both
    /// providers have the same migrations.
    /// </summary>
    [DbContext(typeof(SqliteAppDbContext))]
    [Migration("20261207090000_DatabaseGuards")]
    public partial class DatabaseGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
