using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Commands.RefuseAcknowledgement;

/// <summary>The target refused to sign (拒绝签字认定书, §6.2.5): the reason and at least two distinct witnesses.</summary>
public sealed record RefuseAcknowledgementCommand(Guid Id, string? Reason, IReadOnlyList<WitnessInput>? Witnesses)
    : ICommand<InspectionRecordDto>;
