using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Evidence.Queries.GetEvidenceContent;

/// <summary>Downloads a piece of evidence (the group it belongs to and scoped readers); every download is audited as a read.</summary>
[Unscoped("evidence is scoped by assignment to the caller's group or the task's unit scope (EvidenceAccess)")]
public sealed record GetEvidenceContentQuery(Guid Id) : IQuery<EvidenceContent>;
