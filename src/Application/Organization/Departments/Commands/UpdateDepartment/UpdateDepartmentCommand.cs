using Mediator;

namespace DoubleRandom.Application.Organization.Departments.Commands.UpdateDepartment;

/// <summary>Renames a department. The code never changes.</summary>
public sealed record UpdateDepartmentCommand(Guid Id, string? Name, int? Version) : ICommand<DepartmentDto>;
