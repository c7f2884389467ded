using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Draws;

namespace DoubleRandom.Application.Draws;

internal static class PublicRules
{
    /// <summary>§6.2.3: nothing names a target before reveal, so nothing that does is served until then.</summary>
    public static void EnsureRevealed(Draw draw) =>
        Rule.Check(draw.IsRevealed, "draw-not-revealed",
            Text.Of("抽取结果尚未公开（任务结束后公开）", "The draw is not revealed yet; it is published when the task closes."));
}
