using Mediator;

namespace DoubleRandom.Application.Organization.Departments.Queries.GetDepartment;

public sealed record GetDepartmentQuery(Guid Id) : IQuery<DepartmentDto>;
