using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Time;
using FluentValidation;

namespace DoubleRandom.Application.Risk.Commands.StartTraining;

public sealed class StartTrainingValidator : AbstractValidator<StartTrainingCommand>
{
    public const int MaxTrainers = 8;
    public const int TrainerMaxLength = 32;

    /// <summary>The earliest date a training may name (no inspection history is older; dates at the calendar's edge cannot be shifted).</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public StartTrainingValidator(TimeProvider clock)
    {
        RuleFor(c => c.From).Must(d => d is null || d >= Earliest).WithMessage(_ => EarliestText("起始日期", "start date"));
        RuleFor(c => c.To).Must(d => d is null || d >= Earliest).WithMessage(_ => EarliestText("结束日期", "end date"));
        RuleFor(c => c.ValidationFrom).Must(d => d is null || d >= Earliest).WithMessage(_ => EarliestText("验证起始日期", "validation start"));
        RuleFor(c => c.To).Must(to => to is null || to <= clock.Today())
            .WithMessage(_ => Text.Of("结束日期不能晚于今天", "The end date cannot be in the future."));
        RuleFor(c => c.From).Must(from => from is null || from <= clock.Today())
            .WithMessage(_ => Text.Of("起始日期不能晚于今天", "The start date cannot be in the future."));
        RuleFor(c => c.From).Must((c, from) => from is null || c.To is null || from <= c.To)
            .WithMessage(_ => Text.Of("起始日期不能晚于结束日期", "The start date cannot be after the end date."));
        RuleFor(c => c.ValidationFrom).Must((c, v) => v is null || ((c.From is null || c.From <= v) && (c.To is null || v <= c.To)))
            .WithMessage(_ => Text.Of("验证起始日期须在起始日期和结束日期之间", "The validation start must lie between the start and the end date."));
        RuleFor(c => c.ValidationFrom).Must(v => v is null || v <= clock.Today())
            .WithMessage(_ => Text.Of("验证起始日期不能晚于今天", "The validation start cannot be in the future."));
        RuleFor(c => c.Trainers).Must(t => t is null || t.Count <= MaxTrainers)
            .WithMessage(_ => Text.Of($"最多比较 {MaxTrainers} 个训练器", $"At most {MaxTrainers} trainers are compared."));
        RuleForEach(c => c.Trainers).Must(t => !string.IsNullOrWhiteSpace(t) && t.Length <= TrainerMaxLength)
            .WithMessage(_ => Text.Of($"训练器名称不能为空，且不超过 {TrainerMaxLength} 个字符", $"A trainer name is required and at most {TrainerMaxLength} characters long."));
    }

    private static string EarliestText(string zh, string en) => Text.Of($"{zh}不能早于 2000-01-01", $"The {en} cannot be before 2000-01-01.");
}
