using System.Linq.Expressions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Auth;

internal static class TokenRevocation
{
    /// <summary>Revokes every still-active refresh token that matches, in the caller's unit of work.</summary>
    public static async Task RevokeAsync(
        this IApplicationDbContext db, Expression<Func<RefreshToken, bool>> which, DateTime now, string reason, CancellationToken ct)
    {
        foreach (var token in await db.RefreshTokens.Where(which).Where(t => t.RevokedAtUtc == null).ToListAsync(ct))
        {
            token.Revoke(now, reason);
        }
    }
}
