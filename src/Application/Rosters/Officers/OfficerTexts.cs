using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Application.Rosters.Officers;

/// <summary>Texts of the officer rules, used by <see cref="OfficerFieldsValidator{T}"/> and the officer import alike.</summary>
public static class OfficerTexts
{
    public static string CertificateExpiryAfterIssue => Text.Of("有效期至应晚于发证日期", "The expiry date is after the issue date.");
}
