using Mediator;

namespace DoubleRandom.Application.Organization.Departments.Commands.RetireDepartment;

/// <summary>Retires a department: kept on record, no new work.</summary>
public sealed record RetireDepartmentCommand(Guid Id) : ICommand<DepartmentDto>;
