using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Tasks;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Tasks.Items;

internal static class ItemRules
{
    public static void AddItemRules<T>(this AbstractValidator<T> v, IApplicationDbContext db)
        where T : IItemFields
    {
        v.RuleFor(c => c.Name).DisplayName(InspectionItem.NameMaxLength);
        v.RuleFor(c => c.DepartmentCode).Code(32)
            .MustAsync(async (code, ct) => await db.Departments.AnyAsync(d => d.Code == code, ct))
            .WithMessage(_ => Text.Of("部门不存在", "No such department."));
        v.RuleFor(c => c.LegalBasis).NotEmpty().MaximumLength(InspectionItem.LegalBasisMaxLength);
        v.RuleFor(c => c.ChecklistPoints).NotEmpty()
            .Must(p => p is null || (p.Count <= 100 && p.All(x => !string.IsNullOrWhiteSpace(x) && x.Length <= 500 && !x.Contains('\n', StringComparison.Ordinal))))
            .WithMessage(_ => Text.Of("检查要点 1–100 条，每条 1–500 字且不含换行", "1–100 checklist points of 1–500 characters, no line breaks."));
        v.RuleFor(c => c.RequiredExpertise).MaximumLength(64);
        v.RuleFor(c => c.Priority).NotNull().IsInEnum();
    }

    public static Task<InspectionItem> GetItemAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.InspectionItems.GetOrNotFoundAsync(id, Text.Of("抽查事项", "Inspection item"), ct);
}
