using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Targets.Commands.CreateTarget;

/// <summary>Adds a target to the roster (§3.2).</summary>
/// <param name="Code">Unified social credit code (GB 32100) for enterprises, individual businesses, institutions and social organisations; <c>PRD-/PRJ-/BHV-&lt;division&gt;-&lt;seq&gt;</c> for products, projects, behaviours.</param>
/// <param name="Kind">The kind; when omitted it is inferred from the code.</param>
/// <param name="RegisteredCapital">注册资本 in 万元, ≥ 0.</param>
/// <param name="Weight">Draw weight override, 1..1000000.</param>
public sealed record CreateTargetCommand(
    string? Code, TargetKind? Kind, string? Name, string? LegalRepresentative, string? Address, string? RegionCode,
    string? IndustrySection, string? IndustryDivision, IReadOnlyList<string>? DepartmentCodes, DateOnly? RegistrationDate,
    decimal? RegisteredCapital, TargetStatus? Status, RiskTier? RiskTier, CreditClass? CreditClass,
    IReadOnlyList<string>? Tags, int? Weight) : ICommand<TargetDto>, ITargetFields
{
    /// <summary>Computed, not part of the request (nor of its OpenAPI schema).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TargetKind? ResolvedKind => Kind ?? (Code is null ? null : TargetChecks.InferKind(Code));
}

public sealed class CreateTargetValidator : TargetFieldsValidator<CreateTargetCommand>
{
    public CreateTargetValidator(IReferenceData reference, IApplicationDbContext db, TimeProvider clock)
        : base(reference, db, clock)
    {
        RuleFor(c => c.Code).Custom((code, context) =>
        {
            var kind = context.InstanceToValidate.ResolvedKind;
            var message = TargetChecks.Code(kind ?? TargetKind.Enterprise, code);
            if (message is not null)
            {
                context.AddFailure(message);
            }
        });
    }
}

public sealed class CreateTargetHandler(IApplicationDbContext db, IReferenceData reference) : ICommandHandler<CreateTargetCommand, TargetDto>
{
    public async ValueTask<TargetDto> Handle(CreateTargetCommand command, CancellationToken cancellationToken)
    {
        if (await db.Targets.AnyAsync(t => t.Code == command.Code, cancellationToken))
        {
            throw new ConflictException(
                "duplicate-code",
                Text.Of($"检查对象代码已存在：{command.Code}", $"A target with code '{command.Code}' already exists."),
                "code");
        }

        var target = Target.Create(command.Code!, command.ResolvedKind!.Value, command.ToDetails(reference));
        db.Targets.Add(target);
        await db.SaveChangesAsync(cancellationToken);
        return target.ToDto();
    }
}
