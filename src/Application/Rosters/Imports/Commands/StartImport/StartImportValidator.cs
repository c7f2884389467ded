using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Rosters;
using FluentValidation;

namespace DoubleRandom.Application.Rosters.Imports.Commands.StartImport;

/// <summary>
/// The upload's name, reported under the form field <c>file</c>: a CSV (or .txt) or XLSX extension, and a name that fits the
/// stored column. Checked before the file store saves anything.
/// </summary>
public sealed class StartImportValidator : AbstractValidator<StartImportCommand>
{
    public StartImportValidator()
    {
        RuleFor(c => c.FileName).Cascade(CascadeMode.Stop)
            .Must(name => Path.GetExtension(name).ToLowerInvariant() is ".csv" or ".xlsx" or ".txt")
            .WithMessage(_ => Text.Of("文件应为 .csv 或 .xlsx", "The file must be .csv or .xlsx."))
            .MaximumLength(ImportJob.FileNameMaxLength)
            .WithMessage(_ => Text.Of(
                $"文件名不能超过 {ImportJob.FileNameMaxLength} 个字符", $"The file name is longer than {ImportJob.FileNameMaxLength} characters."))
            .OverridePropertyName("file");
    }
}
