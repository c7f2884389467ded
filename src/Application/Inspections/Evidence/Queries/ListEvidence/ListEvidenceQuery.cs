using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Evidence.Queries.ListEvidence;

/// <summary>The evidence of one (task, target), oldest first, for the group it is assigned to and scoped readers.</summary>
[Unscoped("evidence is scoped by assignment to the caller's group or the task's unit scope (EvidenceAccess)")]
public sealed record ListEvidenceQuery(Guid TaskId, string TargetCode) : IQuery<IReadOnlyList<EvidenceDto>>;
