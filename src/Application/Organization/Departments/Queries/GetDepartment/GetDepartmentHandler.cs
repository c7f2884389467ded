using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Organization.Departments.Queries.GetDepartment;

public sealed class GetDepartmentHandler(IApplicationDbContext db) : IQueryHandler<GetDepartmentQuery, DepartmentDto>
{
    public async ValueTask<DepartmentDto> Handle(GetDepartmentQuery query, CancellationToken cancellationToken) =>
        (await db.GetDepartmentAsync(query.Id, cancellationToken)).ToDto();
}
