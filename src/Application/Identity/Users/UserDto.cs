namespace DoubleRandom.Application.Identity.Users;

/// <summary>A user as the API shows it; never the password hash or security stamp. Times are UTC.</summary>
public sealed record UserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    Guid? UnitId,
    bool MustChangePassword,
    bool IsDisabled,
    DateTime? LastLoginAtUtc,
    DateTime? PasswordChangedAtUtc,
    int Version,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc,
    string UpdatedBy);
