using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Commands.RefuseAcknowledgement;

/// <summary>
/// The target refused to sign (拒绝签字认定书, §6.2.5): the reason and at least two distinct witnesses.
/// <see cref="Version"/> is the version the client read (from If-Match, null without one): a record changed since is
/// refused with 409 stale-version.
/// </summary>
public sealed record RefuseAcknowledgementCommand(Guid Id, int? Version, string? Reason, IReadOnlyList<WitnessInput>? Witnesses)
    : ICommand<InspectionRecordDto>;
