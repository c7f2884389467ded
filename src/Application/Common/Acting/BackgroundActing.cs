using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.Application.Common.Acting;

/// <summary>
/// Work a user started that runs outside their request (an import job) acts as that user within its scope: the
/// audit trail names them and the rows are stamped with their name, not <c>system</c>. Set once, at the start of
/// the work; requests ignore it.
/// </summary>
public sealed class BackgroundActing
{
    public ICurrentActor? User { get; set; }
}
