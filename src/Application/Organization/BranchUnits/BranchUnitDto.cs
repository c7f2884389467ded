namespace DoubleRandom.Application.Organization.BranchUnits;

/// <summary>A branch unit as the API returns it. Times are UTC.</summary>
public sealed record BranchUnitDto(
    Guid Id,
    string Code,
    string Name,
    Guid? ParentId,
    string RegionCode,
    bool IsRetired,
    DateTime? RetiredAtUtc,
    int Version,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc,
    string UpdatedBy);
