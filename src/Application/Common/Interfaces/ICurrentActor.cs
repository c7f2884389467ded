namespace DoubleRandom.Application.Common.Interfaces;

/// <summary>Who is acting, and from where: recorded on every change and every sensitive read.</summary>
public interface ICurrentActor
{
    /// <summary>A stable name of the acting user; <c>anonymous</c> for an unauthenticated request, <c>system</c> outside a request.</summary>
    string Name { get; }

    /// <summary>The user's id, when a user is signed in.</summary>
    Guid? UserId { get; }

    /// <summary>The user's roles (see <c>Roles</c> in the security feature); empty when none.</summary>
    IReadOnlyCollection<string> Roles { get; }

    /// <summary>The branch unit the user belongs to, when known.</summary>
    Guid? UnitId { get; }

    /// <summary>The request id (also the problem details' <c>traceId</c>), when acting within a request.</summary>
    string? RequestId { get; }

    /// <summary>The client's IP address, when acting within a request.</summary>
    string? ClientAddress { get; }

    /// <summary>The sign-in (refresh-token family) the access token belongs to, when a user is signed in.</summary>
    Guid? SessionId => null;
}
