using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Evidence.Queries.GetEvidence;

/// <summary>One piece of evidence's metadata, for the group it belongs to and scoped readers (404 for anyone else).</summary>
[Unscoped("evidence is scoped by assignment to the caller's group or the task's unit scope (EvidenceAccess)")]
public sealed record GetEvidenceQuery(Guid Id) : IQuery<EvidenceDto>;
