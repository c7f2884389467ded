using System.Security.Claims;
using DoubleRandom.Application.Common.Acting;
using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.Api.Hosting;

/// <summary>
/// The signed-in user, read from the access token's claims; <c>anonymous</c> without one. Outside a request:
/// the user a background job acts for (<see cref="BackgroundActing"/>), else <c>system</c>.
/// </summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor, BackgroundActing acting) : ICurrentActor
{
    public const string UnitClaim = "unit";

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    private ICurrentActor? ActingFor => accessor.HttpContext is null ? acting.User : null;

    public string Name => ActingFor?.Name
        ?? (accessor.HttpContext is null ? "system" : User?.Identity?.Name ?? (User is null ? "anonymous" : "unknown"));

    public Guid? UserId => ActingFor is { } a ? a.UserId : Guid.TryParse(User?.FindFirstValue("sub"), out var id) ? id : null;

    public IReadOnlyCollection<string> Roles => ActingFor?.Roles ?? User?.FindAll("role").Select(c => c.Value).ToArray() ?? [];

    public Guid? UnitId => ActingFor is { } a ? a.UnitId : Guid.TryParse(User?.FindFirstValue(UnitClaim), out var id) ? id : null;

    public string? RequestId => accessor.HttpContext?.TraceIdentifier;

    public string? ClientAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public Guid? SessionId => ActingFor is null && Guid.TryParse(User?.FindFirstValue(Security.JwtAccessTokenIssuer.SessionClaim), out var id) ? id : null;
}
