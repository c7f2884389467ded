using DoubleRandom.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DoubleRandom.Infrastructure.Persistence;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, AuditChainWriter audit)
    : AppDbContext(options, audit)
{

    protected override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
