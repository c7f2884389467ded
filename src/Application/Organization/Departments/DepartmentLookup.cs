using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Organization.Departments;

internal static class DepartmentLookup
{
    public static async Task<Department> GetDepartmentAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        await db.Departments.FirstOrDefaultAsync(d => d.Id == id, ct)
        ?? throw new NotFoundException(Text.Of("部门", "Department"), id);
}
