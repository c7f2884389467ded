using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Auth;

/// <summary>The signed-in user, read for the account use cases.</summary>
internal static class CurrentUser
{
    public static async Task<User> CurrentUserAsync(this IApplicationDbContext db, ICurrentActor actor, CancellationToken ct) =>
        await db.Users.FirstOrDefaultAsync(u => u.Id == actor.UserId, ct)
        ?? throw new AuthenticationFailedException("unknown-user", Text.Of("请重新登录", "Sign in again."));
}
