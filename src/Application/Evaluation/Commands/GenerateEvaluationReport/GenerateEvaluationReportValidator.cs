using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Organization;
using FluentValidation;

namespace DoubleRandom.Application.Evaluation.Commands.GenerateEvaluationReport;

public sealed class GenerateEvaluationReportValidator : AbstractValidator<GenerateEvaluationReportCommand>
{
    public const int FirstYear = 2000;
    public const int MaxDays = 366 * 3;
    public const int MaxScopeEntries = 200;

    public GenerateEvaluationReportValidator(TimeProvider clock)
    {
        RuleFor(c => c).Must(c => c.Year is not null || c.From is not null || c.To is not null).OverridePropertyName("year")
            .WithMessage(_ => Text.Of("请指定期间：year（可加 quarter），或 from 与 to", "Give a period: year (and optionally quarter), or from and to."));
        RuleFor(c => c.Year).Must(y => y is null || (y >= FirstYear && y <= clock.Today().Year))
            .WithMessage(_ => Text.Of($"年份须在 {FirstYear} 至今年之间", $"The year must lie between {FirstYear} and this year."));
        RuleFor(c => c.Quarter).Must(q => q is null or >= 1 and <= 4)
            .WithMessage(_ => Text.Of("季度须为 1 至 4", "The quarter must be 1 to 4."));
        RuleFor(c => c.Quarter).Must((c, q) => q is null || c.Year is not null)
            .WithMessage(_ => Text.Of("指定季度时须同时指定年份", "A quarter needs a year."));
        RuleFor(c => c.From).Must((c, from) => from is null || c.Year is null)
            .WithMessage(_ => Text.Of("year 与 from/to 只能指定其一", "Give either year or from/to, not both."));
        RuleFor(c => c.From).Must((c, from) => (from is null) == (c.To is null))
            .WithMessage(_ => Text.Of("from 与 to 须同时指定", "Give both from and to."));
        RuleFor(c => c.From).Must(from => from is null || from >= new DateOnly(FirstYear, 1, 1))
            .WithMessage(_ => Text.Of($"起始日期不能早于 {FirstYear}-01-01", $"The start cannot be before {FirstYear}-01-01."));
        RuleFor(c => c.To).Must((c, to) => to is null || c.From is null || c.From <= to)
            .WithMessage(_ => Text.Of("起始日期不能晚于结束日期", "The start cannot be after the end."));
        RuleFor(c => c.To).Must((c, to) => to is null || c.From is null || to.Value.DayNumber - c.From.Value.DayNumber < MaxDays)
            .WithMessage(_ => Text.Of($"期间最长 {MaxDays} 天", $"A period is at most {MaxDays} days long."));
        RuleFor(c => c.UnitIds).Must(u => u is null || u.Count <= MaxScopeEntries)
            .WithMessage(_ => Text.Of($"最多 {MaxScopeEntries} 个单位", $"At most {MaxScopeEntries} units."));
        RuleFor(c => c.DepartmentCodes).Must(d => d is null || d.Count <= MaxScopeEntries)
            .WithMessage(_ => Text.Of($"最多 {MaxScopeEntries} 个部门", $"At most {MaxScopeEntries} departments."));
        RuleForEach(c => c.DepartmentCodes).Must(d => !string.IsNullOrWhiteSpace(d) && d.Length <= Department.CodeMaxLength && TextRule.IsAllowed(d))
            .WithMessage(_ => Text.Of($"部门代码不能为空、不能含空字符，且不超过 {Department.CodeMaxLength} 个字符",
                $"A department code is required, without NUL, and at most {Department.CodeMaxLength} characters long."));
        RuleFor(c => c.IndustrySections).Must(s => s is null || s.Count <= 26)
            .WithMessage(_ => Text.Of("行业门类最多 26 个", "At most 26 industry sections."));
        RuleForEach(c => c.IndustrySections).Must(IsSection)
            .WithMessage(_ => Text.Of("行业门类须为 GB/T 4754 的门类字母 A 至 T", "An industry section is a GB/T 4754 section letter, A to T."));
    }

    /// <summary>A GB/T 4754-2017 section: one letter A–T (either case).</summary>
    public static bool IsSection(string? section) => section is { Length: 1 } && char.ToUpperInvariant(section[0]) is >= 'A' and <= 'T';
}
