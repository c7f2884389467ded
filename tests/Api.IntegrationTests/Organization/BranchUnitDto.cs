namespace DoubleRandom.Api.IntegrationTests.Organization;

public sealed record BranchUnitDto(
    Guid Id, string Code, string Name, Guid? ParentId, string RegionCode, bool IsRetired,
    DateTime? RetiredAtUtc, int Version, DateTime CreatedAtUtc, string CreatedBy, DateTime UpdatedAtUtc, string UpdatedBy);

public sealed record DepartmentDto(
    Guid Id, string Code, string Name, bool IsRetired, DateTime? RetiredAtUtc, int Version,
    DateTime CreatedAtUtc, string CreatedBy, DateTime UpdatedAtUtc, string UpdatedBy);

public sealed record Page<T>(List<T> Items, [property: System.Text.Json.Serialization.JsonPropertyName("page")] int PageNumber, int PageSize, int TotalCount, int TotalPages);
