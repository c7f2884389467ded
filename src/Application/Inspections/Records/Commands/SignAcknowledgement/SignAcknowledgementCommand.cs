using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Commands.SignAcknowledgement;

/// <summary>The target signed the inspection notice (§6.2.5): the signature image (PNG or JPEG, judged by its bytes).</summary>
public sealed record SignAcknowledgementCommand(Guid Id, Stream Content) : ICommand<InspectionRecordDto>;
