using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Identity;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Users;

internal static class UserRules
{
    public static void AddProfileRules<T>(this AbstractValidator<T> v, Func<T, string?> displayName, Func<T, IReadOnlyList<string>?> roles)
    {
        v.RuleFor(c => displayName(c)).NotEmpty().MaximumLength(User.DisplayNameMaxLength).OverridePropertyName("displayName");
        v.RuleFor(c => roles(c)).NotEmpty().OverridePropertyName("roles");
        v.RuleForEach(c => roles(c)).Must(Domain.Identity.Roles.IsKnown).OverridePropertyName("roles")
            .WithMessage(_ => Text.Of($"未知角色；可选：{string.Join(", ", Domain.Identity.Roles.All)}",
                $"Unknown role; one of {string.Join(", ", Domain.Identity.Roles.All)}"));
    }

    public static async Task CheckUnitAsync(this IApplicationDbContext db, Guid? unitId, CancellationToken ct)
    {
        if (unitId is { } id && !await db.BranchUnits.AnyAsync(u => u.Id == id, ct))
        {
            throw RequestValidationException.ForField("unitId", Text.Of($"派出机构不存在：{id}", $"Branch unit '{id}' does not exist."));
        }
    }

    public static Task<User> GetUserAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.Users.GetOrNotFoundAsync(id, Text.Of("用户", "User"), ct);

    /// <summary>Forgets the user's failed sign-ins and waits, from every address.</summary>
    public static async Task ClearSignInDelaysAsync(this IApplicationDbContext db, User user, CancellationToken ct)
    {
        foreach (var throttle in await db.SignInThrottles.Where(t => t.UserName == user.UserName && t.FailureCount > 0).ToListAsync(ct))
        {
            throttle.Clear();
        }
    }
}
