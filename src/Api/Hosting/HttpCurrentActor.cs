using System.Security.Claims;
using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.Api.Hosting;

/// <summary>The signed-in user, read from the access token's claims; <c>anonymous</c> without one, <c>system</c> outside a request.</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public const string UnitClaim = "unit";

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string Name => accessor.HttpContext is null ? "system" : User?.Identity?.Name ?? (User is null ? "anonymous" : "unknown");

    public Guid? UserId => Guid.TryParse(User?.FindFirstValue("sub"), out var id) ? id : null;

    public IReadOnlyCollection<string> Roles => User?.FindAll("role").Select(c => c.Value).ToArray() ?? [];

    public Guid? UnitId => Guid.TryParse(User?.FindFirstValue(UnitClaim), out var id) ? id : null;

    public string? RequestId => accessor.HttpContext?.TraceIdentifier;

    public string? ClientAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
