using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Application.Rosters.Recusals;

/// <summary>Texts of the recusal rules, used by the validators (<see cref="RecusalRules"/>) and the recusal import alike.</summary>
public static class RecusalTexts
{
    public static string NoteRequiredForOther => Text.Of("事由为“其他”时须填写说明", "A note is required when the reason is 'other'.");

    public static string EndBeforeStart => Text.Of("结束日期不能早于开始日期", "The end date cannot be before the start date.");
}
