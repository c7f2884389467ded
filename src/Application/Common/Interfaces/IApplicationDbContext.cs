using DoubleRandom.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Common.Interfaces;

/// <summary>The unit of work the use cases see; Infrastructure implements it for SQLite and PostgreSQL.</summary>
public interface IApplicationDbContext
{
    DbSet<BranchUnit> BranchUnits { get; }

    DbSet<Department> Departments { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
