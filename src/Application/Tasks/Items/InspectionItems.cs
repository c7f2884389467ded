using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Domain.Tasks;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Tasks.Items;

public sealed record InspectionItemDto(
    Guid Id, string Name, string DepartmentCode, string LegalBasis, IReadOnlyList<string> ChecklistPoints,
    string? RequiredExpertise, ItemPriority Priority, bool IsRetired, int Version);

/// <summary>The fields of an item; shared by create and update.</summary>
public interface IItemFields
{
    string? Name { get; }

    string? DepartmentCode { get; }

    string? LegalBasis { get; }

    IReadOnlyList<string>? ChecklistPoints { get; }

    string? RequiredExpertise { get; }

    ItemPriority? Priority { get; }
}

/// <summary>Adds an item to the 抽查事项清单.</summary>
public sealed record CreateInspectionItemCommand(
    string? Name, string? DepartmentCode, string? LegalBasis, IReadOnlyList<string>? ChecklistPoints, string? RequiredExpertise,
    ItemPriority? Priority) : ICommand<InspectionItemDto>, IItemFields;

/// <summary>Changes an item; send the version you read.</summary>
public sealed record UpdateInspectionItemCommand(
    Guid Id, string? Name, string? DepartmentCode, string? LegalBasis, IReadOnlyList<string>? ChecklistPoints, string? RequiredExpertise,
    ItemPriority? Priority, int? Version) : ICommand<InspectionItemDto>, IItemFields;

public sealed record RetireInspectionItemCommand(Guid Id) : ICommand<InspectionItemDto>;

public sealed record GetInspectionItemQuery(Guid Id) : IQuery<InspectionItemDto>;

public sealed record ListInspectionItemsQuery(string? Q, string? Department, bool IncludeRetired, int Page, int PageSize, string? Sort)
    : IQuery<PagedResult<InspectionItemDto>>, IPageQuery;

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

    public static InspectionItemDto ToDto(this InspectionItem i) =>
        new(i.Id, i.Name, i.DepartmentCode, i.LegalBasis, i.ChecklistPoints, i.RequiredExpertise, i.Priority, i.IsRetired, i.Version);

    public static Task<InspectionItem> GetItemAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        db.InspectionItems.GetOrNotFoundAsync(id, Text.Of("抽查事项", "Inspection item"), ct);
}

public sealed class CreateInspectionItemValidator : AbstractValidator<CreateInspectionItemCommand>
{
    public CreateInspectionItemValidator(IApplicationDbContext db) => this.AddItemRules(db);
}

public sealed class UpdateInspectionItemValidator : AbstractValidator<UpdateInspectionItemCommand>
{
    public UpdateInspectionItemValidator(IApplicationDbContext db) => this.AddItemRules(db);
}

public sealed class ListInspectionItemsValidator : AbstractValidator<ListInspectionItemsQuery>
{
    public ListInspectionItemsValidator() => this.AddPagingRules(["name", "departmentCode", "createdAtUtc"]);
}

public sealed class InspectionItemHandlers(IApplicationDbContext db) :
    ICommandHandler<CreateInspectionItemCommand, InspectionItemDto>,
    ICommandHandler<UpdateInspectionItemCommand, InspectionItemDto>,
    ICommandHandler<RetireInspectionItemCommand, InspectionItemDto>,
    IQueryHandler<GetInspectionItemQuery, InspectionItemDto>,
    IQueryHandler<ListInspectionItemsQuery, PagedResult<InspectionItemDto>>
{
    public async ValueTask<InspectionItemDto> Handle(CreateInspectionItemCommand c, CancellationToken ct)
    {
        var item = InspectionItem.Create(c.Name!, c.DepartmentCode!, c.LegalBasis!, c.ChecklistPoints!, c.RequiredExpertise, c.Priority!.Value);
        db.InspectionItems.Add(item);
        await db.SaveChangesAsync(ct);
        return item.ToDto();
    }

    public async ValueTask<InspectionItemDto> Handle(UpdateInspectionItemCommand c, CancellationToken ct)
    {
        var item = await db.GetItemAsync(c.Id, ct);
        StaleVersion.ThrowIfStale(c.Version, item.Version);
        item.Update(c.Name!, c.DepartmentCode!, c.LegalBasis!, c.ChecklistPoints!, c.RequiredExpertise, c.Priority!.Value);
        await db.SaveChangesAsync(ct);
        return item.ToDto();
    }

    public async ValueTask<InspectionItemDto> Handle(RetireInspectionItemCommand c, CancellationToken ct)
    {
        var item = await db.GetItemAsync(c.Id, ct);
        item.Retire();
        await db.SaveChangesAsync(ct);
        return item.ToDto();
    }

    public async ValueTask<InspectionItemDto> Handle(GetInspectionItemQuery q, CancellationToken ct) =>
        (await db.GetItemAsync(q.Id, ct)).ToDto();

    public async ValueTask<PagedResult<InspectionItemDto>> Handle(ListInspectionItemsQuery q, CancellationToken ct)
    {
        var items = db.InspectionItems.AsNoTracking();
        if (!q.IncludeRetired)
        {
            items = items.Where(i => !i.IsRetired);
        }

        if (!string.IsNullOrEmpty(q.Department))
        {
            items = items.Where(i => i.DepartmentCode == q.Department);
        }

        if (!string.IsNullOrEmpty(q.Q))
        {
            items = items.Where(i => i.Name.Contains(q.Q));
        }

        var d = q.IsDescending();
        var ordered = q.SortField("name") switch
        {
            "departmentCode" => items.OrderBy(i => i.DepartmentCode, d),
            "createdAtUtc" => items.OrderBy(i => i.CreatedAtUtc, d),
            _ => items.OrderBy(i => i.Name, d),
        };
        var page = await ordered.ThenBy(i => i.Id).ToPagedResultAsync(q, ct);
        return new PagedResult<InspectionItemDto>([.. page.Items.Select(i => i.ToDto())], page.Page, page.PageSize, page.TotalCount);
    }
}
