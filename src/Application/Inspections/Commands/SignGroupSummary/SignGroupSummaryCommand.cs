using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Commands.SignGroupSummary;

/// <summary>
/// A member signs the group's summary as they read it: <paramref name="ContentSha256"/> is the <c>contentSha256</c> of the
/// summary they signed, and must still be the current one.
/// </summary>
[Unscoped("only members of the effective group sign: SummaryAccess.MembershipAsync answers 404 to everyone else")]
public sealed record SignGroupSummaryCommand(Guid TaskId, int GroupNumber, string? ContentSha256) : ICommand<GroupSummaryDto>;
