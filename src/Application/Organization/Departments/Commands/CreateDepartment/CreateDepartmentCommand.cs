using Mediator;

namespace DoubleRandom.Application.Organization.Departments.Commands.CreateDepartment;

/// <summary>Creates a department (部门).</summary>
/// <param name="Code">Unique code, letters, digits and <c>. _ : -</c>, at most 32 characters; appears in draw records.</param>
/// <param name="Name">Display name, e.g. 市场监督管理局.</param>
public sealed record CreateDepartmentCommand(string? Code, string? Name) : ICommand<DepartmentDto>;
