using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Application.Rosters.Targets;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Officers;

public abstract class OfficerFieldsValidator<T> : AbstractValidator<T>
    where T : IOfficerFields
{
    protected OfficerFieldsValidator(IApplicationDbContext db)
    {
        RuleFor(o => o.Name).DisplayName(Officer.NameMaxLength);
        RuleFor(o => o.UnitId).NotNull()
            .MustAsync(async (id, ct) => id is null || await db.BranchUnits.AnyAsync(u => u.Id == id && u.RetiredAtUtc == null, ct))
            .WithMessage(_ => Text.Of("所属单位不存在或已撤销", "The unit does not exist or is retired."));
        RuleFor(o => o.DepartmentCode).NotEmpty()
            .MustAsync(async (code, ct) => code is null || await db.Departments.AnyAsync(d => d.Code == code && d.RetiredAtUtc == null, ct))
            .WithMessage(_ => Text.Of("部门不存在或已撤销", "The department does not exist or is retired."));
        RuleFor(o => o.ExpertiseTags).Custom((v, c) =>
        {
            if (TargetChecks.ListItems(v, 30, 50) is { } message)
            {
                c.AddFailure(message);
            }
        });
        RuleFor(o => o.Certificates).Must(c => c is null || c.Count <= 20);
        RuleForEach(o => o.Certificates).NotNull().ChildRules(c =>
        {
            c.RuleFor(x => x.Type).NotEmpty().MaximumLength(50);
            c.RuleFor(x => x.Number).NotEmpty().MaximumLength(64);
            c.RuleFor(x => x.IssuedOn).NotNull();
            c.RuleFor(x => x.ExpiresOn).NotNull().GreaterThan(x => x.IssuedOn)
                .WithMessage(_ => OfficerTexts.CertificateExpiryAfterIssue);
        });
    }
}
