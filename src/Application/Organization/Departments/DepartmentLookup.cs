using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Organization;

namespace DoubleRandom.Application.Organization.Departments;

internal static class DepartmentLookup
{
    public static Task<Department> GetDepartmentAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.Departments.GetOrNotFoundAsync(id, Text.Of("部门", "Department"), ct);
}
