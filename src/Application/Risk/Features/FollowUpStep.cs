using DoubleRandom.Domain.Inspections.FollowUps;

namespace DoubleRandom.Application.Risk.Features;

/// <summary>One step of a follow-up's history (the hand-over first): the follow-up, the Asia/Shanghai day of the step and the status it reached.</summary>
public readonly record struct FollowUpStep(Guid FollowUpId, DateOnly Day, FollowUpStatus Reached);
