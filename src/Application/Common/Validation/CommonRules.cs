using System.Text.RegularExpressions;
using DoubleRandom.Application.Common.Localization;
using FluentValidation;

namespace DoubleRandom.Application.Common.Validation;

/// <summary>Field rules shared by many requests, with Chinese-first messages.</summary>
public static partial class CommonRules
{
    /// <summary>
    /// Codes of units and departments appear in DR1 leaves, so they use DR1's character class
    /// (see docs/dr1-protocol.md) and are compared ordinally.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> Code<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty()
            .MaximumLength(maxLength)
            .Matches(CodePattern())
            .WithMessage(_ => Text.Of(
                "代码只能包含字母、数字以及 . _ : - 字符",
                "A code may contain only letters, digits and the characters . _ : -"));

    public static IRuleBuilderOptions<T, string?> DisplayName<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty()
            .MaximumLength(maxLength)
            .Must(s => s is null || (s == s.Trim() && !s.Any(char.IsControl)))
            .WithMessage(_ => Text.Of(
                "名称首尾不能有空白，且不能包含控制字符",
                "A name must not start or end with white space or contain control characters"));

    /// <summary>GB/T 2260 administrative division code: six digits.</summary>
    public static IRuleBuilderOptions<T, string?> RegionCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .Matches(RegionPattern())
            .WithMessage(_ => Text.Of(
                "行政区划代码应为 6 位数字（GB/T 2260）",
                "A region code is six digits (GB/T 2260)"));

    [GeneratedRegex("^[0-9A-Za-z._:-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[1-9][0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();
}
