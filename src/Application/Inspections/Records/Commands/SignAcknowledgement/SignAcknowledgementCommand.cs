using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Commands.SignAcknowledgement;

/// <summary>
/// The target signed the inspection notice (§6.2.5): the signature image (PNG or JPEG, judged by its bytes).
/// <see cref="Version"/> is the version the client read (from If-Match, null without one): a record changed since is
/// refused with 409 stale-version.
/// </summary>
public sealed record SignAcknowledgementCommand(Guid Id, int? Version, Stream Content) : ICommand<InspectionRecordDto>;
