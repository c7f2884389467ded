using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The PostgreSQL migration of the same name adds the owner functions through which the application role drops and
    /// rebuilds the indexes of <c>targets</c> for a first load; SQLite has no such load. Kept so both providers have the
    /// same migrations.
    /// </summary>
    [DbContext(typeof(SqliteAppDbContext))]
    [Migration("20261207094216_RosterBulkLoadFunctions")]
    public partial class RosterBulkLoadFunctions : Migration
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
