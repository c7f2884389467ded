using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Application.Draws;

/// <summary>Why a draw's frozen input cannot be drawn, as field errors: shared by prepare and its dry run (feasibility).</summary>
public static class DrawInputErrors
{
    /// <summary>Feasibility (counts) first: its messages name the shortage, e.g. too few leader-eligible officers.</summary>
    public static Dictionary<string, string[]> Of(Dr1Input input)
    {
        var errors = Feasibility.Check(input).ToList();
        if (input.Targets.Count == 0)
        {
            errors.Add(new DrawFieldError("targetScope", "no eligible target in scope", "范围内没有符合条件的检查对象"));
        }

        return ToDictionary(errors);
    }

    public static Dictionary<string, string[]> ToDictionary(IEnumerable<DrawFieldError> errors) =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => Text.Of(e.MessageZh, e.Message)).ToArray(), StringComparer.Ordinal);
}
