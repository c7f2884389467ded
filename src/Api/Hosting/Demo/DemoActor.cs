using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.Api.Hosting.Demo;

/// <summary>
/// A demo user the after-inspection seeder acts as, outside any request (set on <c>BackgroundActing</c>, like an import
/// job acting for its uploader): the audit trail and every stamped row name them.
/// </summary>
public sealed record DemoActor(string Name, Guid? UserId, IReadOnlyCollection<string> Roles, Guid? UnitId) : ICurrentActor
{
    public string? RequestId => null;

    public string? ClientAddress => null;
}
