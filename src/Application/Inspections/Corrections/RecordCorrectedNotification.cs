using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Corrections;

/// <summary>
/// Published when an approved correction changed a record's results (§7.2), before the approval is saved: what keeps a
/// copy of a record's results elsewhere (the published results of 一公开) refreshes it in the same unit of work.
/// </summary>
[Unscoped("published by ApproveCorrectionHandler, after ApproveCorrectionCommand passed the scope check; never sent by a client")]
public sealed record RecordCorrectedNotification(Guid RecordId, Guid TaskId, string TargetCode) : INotification;
