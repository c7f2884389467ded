using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Draws;

namespace DoubleRandom.Application.Draws;

internal static class PublicRules
{
    /// <summary>§6.2.3: nothing names a target before reveal, so nothing that does is served until then.</summary>
    public static void EnsureRevealed(Draw draw) =>
        Rule.Check(draw.IsRevealed, RuleCodes.DrawNotRevealed);
}
