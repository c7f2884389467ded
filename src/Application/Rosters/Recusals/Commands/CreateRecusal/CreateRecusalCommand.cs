using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Rosters;
using Mediator;

namespace DoubleRandom.Application.Rosters.Recusals.Commands.CreateRecusal;

/// <summary>Registers a recusal (回避): this officer must not inspect this target during the period.</summary>
/// <param name="Note">Required when the reason is <c>other</c>.</param>
/// <param name="ValidTo">Last day of the recusal (inclusive); open-ended when omitted.</param>
public sealed record CreateRecusalCommand(
    Guid? OfficerId, string? TargetCode, RecusalReason? Reason, string? Note, DateOnly? ValidFrom, DateOnly? ValidTo)
    : ICommand<RecusalDto>, IScopedToOfficer
{
    Guid? IScopedToOfficer.ScopedOfficerId => OfficerId;

    string? IScopedToOfficer.ScopedOfficerField => "officerId";
}
