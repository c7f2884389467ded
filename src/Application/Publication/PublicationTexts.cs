using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Application.Publication;

/// <summary>The texts of the publication feature that are not rule violations.</summary>
public static class PublicationTexts
{
    /// <summary>The warning when a computation touched a year without a holiday calendar; null when none did.</summary>
    public static string? MissingCalendar(IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (years.Count == 0)
        {
            return null;
        }

        var zh = string.Join('、', years);
        var en = string.Join(", ", years);
        return Text.Of(
            $"{zh} 年的节假日安排尚未配置，工作日只按周一至周五计算（管理员可通过 PUT /api/v1/holiday-calendar/{{year}} 配置）",
            $"The holiday calendar of {en} is missing: working days are Monday to Friday only (an administrator sets it with PUT /api/v1/holiday-calendar/{{year}}).");
    }
}
