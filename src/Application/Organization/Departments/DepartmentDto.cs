namespace DoubleRandom.Application.Organization.Departments;

/// <summary>A department as the API returns it. Times are UTC.</summary>
public sealed record DepartmentDto(
    Guid Id,
    string Code,
    string Name,
    bool IsRetired,
    DateTime? RetiredAtUtc,
    int Version,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc,
    string UpdatedBy);
