using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Targets;

/// <summary>Rules of <see cref="ITargetFields"/>; the departments named must exist and not be retired.</summary>
public abstract class TargetFieldsValidator<T> : AbstractValidator<T>
    where T : ITargetFields
{
    protected TargetFieldsValidator(IReferenceData reference, IApplicationDbContext db, TimeProvider clock)
    {
        // A missing name or region is refused with the message of an empty one; NotNull says so to the OpenAPI document.
        RuleFor(t => t.Name).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => TargetChecks.FreeText(null, Target.NameMaxLength, required: true)!)
            .Custom((v, c) => Report(c, TargetChecks.FreeText(v, Target.NameMaxLength, required: true)));
        RuleFor(t => t.LegalRepresentative).Custom((v, c) => Report(c, TargetChecks.FreeText(v, Target.PersonMaxLength, required: false)));
        RuleFor(t => t.Address).Custom((v, c) => Report(c, TargetChecks.FreeText(v, Target.AddressMaxLength, required: false)));
        RuleFor(t => t.RegionCode).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => TargetChecks.Region(reference, null)!)
            .Custom((v, c) => Report(c, TargetChecks.Region(reference, v)));
        RuleFor(t => t).Custom((t, c) =>
        {
            if (TargetChecks.Industry(reference, t.IndustrySection, t.IndustryDivision) is { } failure)
            {
                c.AddFailure(failure.Field, failure.Message);
            }
        });
        RuleFor(t => t.RegistrationDate).Custom((v, c) => Report(c, TargetChecks.RegistrationDate(v, clock.Today())));
        RuleFor(t => t.RegisteredCapital).Custom((v, c) => Report(c, TargetChecks.Capital(v)));
        RuleFor(t => t.Weight).Custom((v, c) => Report(c, TargetChecks.Weight(v)));
        RuleFor(t => t.Tags).Custom((v, c) => Report(c, TargetChecks.ListItems(v, 50, 50)));
        RuleFor(t => t.DepartmentCodes).Custom((v, c) => Report(c, TargetChecks.ListItems(v, 20, 32)))
            .MustAsync(async (codes, ct) => codes is null || codes.Count == 0 || await AllExistAsync(db, codes, ct))
            .WithMessage(_ => Text.Of("监管部门不存在或已撤销", "A responsible department does not exist or is retired."));
    }

    private static async Task<bool> AllExistAsync(IApplicationDbContext db, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var distinct = codes.Distinct(StringComparer.Ordinal).ToList();
        var found = await db.Departments.CountAsync(d => distinct.Contains(d.Code) && d.RetiredAtUtc == null, ct);
        return found == distinct.Count;
    }

    private static void Report(ValidationContext<T> context, string? message)
    {
        if (message is not null)
        {
            context.AddFailure(message);
        }
    }
}
