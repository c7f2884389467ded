using DoubleRandom.Application.Common.Localization;
using FluentValidation;

namespace DoubleRandom.Application.Identity;

/// <summary>The configurable password policy (§5.4).</summary>
public static class PasswordRules
{
    public static IRuleBuilderOptions<T, string?> Password<T>(this IRuleBuilder<T, string?> rule, SecurityOptions options) =>
        rule.NotEmpty()
            .MinimumLength(options.PasswordMinLength)
            .MaximumLength(128)
            .Must(p => p is null || CharacterClasses(p) >= options.PasswordMinCharacterClasses)
            .WithMessage(_ => Text.Of(
                $"密码须包含小写字母、大写字母、数字、符号中的至少 {options.PasswordMinCharacterClasses} 类",
                $"A password must mix at least {options.PasswordMinCharacterClasses} of: lower case, upper case, digits, symbols."));

    public static int CharacterClasses(string password) =>
        (password.Any(char.IsLower) ? 1 : 0) + (password.Any(char.IsUpper) ? 1 : 0)
        + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
}
