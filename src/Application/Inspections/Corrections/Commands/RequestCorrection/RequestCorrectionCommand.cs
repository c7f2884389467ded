using DoubleRandom.Application.Inspections.Records;
using Mediator;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.RequestCorrection;

/// <summary>
/// Asks for a correction of a final record (§7.2): the complete new results (every item of the task) and why. The record
/// is looked up through <see cref="RecordAccess.ActionableAsync"/> (a member of its group, or an operator who sees its task).
/// </summary>
public sealed record RequestCorrectionCommand(Guid RecordId, string? Reason, IReadOnlyList<RecordItemInput>? Items) : ICommand<CorrectionDto>;
