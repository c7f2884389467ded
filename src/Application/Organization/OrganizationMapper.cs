using DoubleRandom.Application.Organization.BranchUnits;
using DoubleRandom.Application.Organization.Departments;
using DoubleRandom.Domain.Organization;
using Riok.Mapperly.Abstractions;

namespace DoubleRandom.Application.Organization;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class OrganizationMapper
{
    public static partial BranchUnitDto ToDto(this BranchUnit unit);

    public static partial IQueryable<BranchUnitDto> ProjectToDto(this IQueryable<BranchUnit> units);

    public static partial DepartmentDto ToDto(this Department department);

    public static partial IQueryable<DepartmentDto> ProjectToDto(this IQueryable<Department> departments);
}
