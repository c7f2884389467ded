using DoubleRandom.Application.Common.Localization;
using FluentValidation;

namespace DoubleRandom.Application.Archives.Queries.VerifyArchive;

public sealed class VerifyArchiveValidator : AbstractValidator<VerifyArchiveQuery>
{
    public const int FileNameMaxLength = 255;

    public VerifyArchiveValidator()
    {
        RuleFor(q => q.FileName).Cascade(CascadeMode.Stop)
            .NotEmpty().OverridePropertyName("file").WithMessage(_ => Text.Of("请选择要验证的 ZIP 文件", "Choose the ZIP file to verify."))
            .MaximumLength(FileNameMaxLength).OverridePropertyName("file")
            .WithMessage(_ => Text.Of($"文件名不能超过 {FileNameMaxLength} 个字符", $"The file name is longer than {FileNameMaxLength} characters."))
            .Must(n => n.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && !n.Any(char.IsControl)).OverridePropertyName("file")
            .WithMessage(_ => Text.Of("只能验证 .zip 文件（电子档案）", "Only a .zip file (an electronic archive) can be verified."));
    }
}
