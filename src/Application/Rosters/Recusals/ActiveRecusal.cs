using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Recusals;

/// <summary>One pair the draw must keep apart (a DR1 <c>R|officerId|code</c> leaf, once the officer id is resolved).</summary>
public sealed record ActiveRecusal(Guid OfficerId, string TargetCode, RecusalOrigin Origin, RecusalReason? Reason);
