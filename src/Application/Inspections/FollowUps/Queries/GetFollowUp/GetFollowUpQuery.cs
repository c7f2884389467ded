using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.FollowUps.Queries.GetFollowUp;

/// <summary>One follow-up with its history: for those who see its task or its supervising unit (else 404).</summary>
public sealed record GetFollowUpQuery(Guid Id) : IQuery<FollowUpDto>, IScopedToFollowUp
{
    Guid? IScopedToFollowUp.ScopedFollowUpId => Id;
}
