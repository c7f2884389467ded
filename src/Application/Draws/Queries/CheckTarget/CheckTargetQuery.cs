using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.CheckTarget;

/// <summary>
/// An enterprise checks its own outcome (DR1 §6): whether it was in the snapshot, its stratum and weight, its
/// uniform u, λ, Q and the stratum's threshold τ. Q ≤ τ (ties by code) means drawn. After reveal only.
/// </summary>
[Unscoped("the public disclosure (一公开): every draw, after reveal")]
public sealed record CheckTargetQuery(Guid DrawId, string Code) : IQuery<TargetCheckDto>;
