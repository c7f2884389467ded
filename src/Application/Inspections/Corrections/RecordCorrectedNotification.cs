using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Corrections;

/// <summary>
/// Published after an approved correction changed a record's results (§7.2) and was saved: what reads a record's results
/// elsewhere (the published results of 一公开) refreshes from it. <see cref="LogRecordCorrected"/> logs it.
/// </summary>
[Unscoped("published by ApproveCorrectionHandler, after ApproveCorrectionCommand passed the scope check; never sent by a client")]
public sealed record RecordCorrectedNotification(Guid RecordId, Guid TaskId, string TargetCode) : INotification;
