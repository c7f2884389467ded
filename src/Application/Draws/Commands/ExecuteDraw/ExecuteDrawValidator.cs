using System.Text;
using DoubleRandom.Application.Common.Localization;
using FluentValidation;

namespace DoubleRandom.Application.Draws.Commands.ExecuteDraw;

public sealed class ExecuteDrawValidator : AbstractValidator<ExecuteDrawCommand>
{
    public const int MaxEntropyBytes = 1024;

    public ExecuteDrawValidator()
    {
        RuleFor(c => c.Entropy).NotEmpty()
            .Must(e => e is null || Encoding.UTF8.GetByteCount(e) <= MaxEntropyBytes)
            .WithMessage(_ => Text.Of("见证熵为 1 至 1024 字节（UTF-8）", "The witness entropy is 1 to 1024 bytes of UTF-8."));
        RuleFor(c => c.ConfirmationId).NotEmpty();
    }
}
