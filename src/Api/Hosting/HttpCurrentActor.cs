using System.Security.Claims;
using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.Api.Hosting;

/// <summary>The signed-in user; <c>anonymous</c> for a request without one, <c>system</c> outside a request.</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public string Name => accessor.HttpContext switch
    {
        null => "system",
        { User.Identity.IsAuthenticated: true } ctx =>
            ctx.User.FindFirstValue(ClaimTypes.Name) ?? ctx.User.FindFirstValue("sub") ?? "unknown",
        _ => "anonymous",
    };
}
