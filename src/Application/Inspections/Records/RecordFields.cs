using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Inspections;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Records;

internal static class RecordFields
{
    public const int MaxItems = 100;
    public const int MaxDeadlineYears = 5;

    /// <summary>No record of this service predates 2000; an earlier start is a typing error.</summary>
    public static readonly DateTime EarliestStart = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>One visit, however thorough, ends within a week of its start.</summary>
    public static readonly TimeSpan MaxVisitLength = TimeSpan.FromDays(7);

    /// <summary>Asia/Shanghai: UTC+8, no daylight saving.</summary>
    private static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    /// <summary>The rules of the fields themselves; what needs the task (its items, the categories) is <see cref="ToVisitAsync"/>.</summary>
    public static void AddRecordRules<T>(this AbstractValidator<T> v, TimeProvider clock)
        where T : IRecordFields
    {
        v.RuleFor(c => c.Method).NotNull();
        v.RuleFor(c => c.StartedAtUtc).NotNull().Must(HasOffset).WithMessage(_ => OffsetMessage)
            .Must(d => d is null || d.Value.ToUniversalTime() <= clock.GetUtcNow().UtcDateTime.AddHours(1))
            .WithMessage(_ => Text.Of("开始时间不能晚于现在", "The start cannot be in the future."))
            .Must(d => d is null || d.Value.ToUniversalTime() >= EarliestStart)
            .WithMessage(_ => Text.Of("开始时间不能早于 2000-01-01", "The start cannot be before 2000-01-01."));
        v.RuleFor(c => c.FinishedAtUtc).NotNull().Must(HasOffset).WithMessage(_ => OffsetMessage)
            .Must((c, d) => d is null || c.StartedAtUtc is null || d.Value.ToUniversalTime() >= c.StartedAtUtc.Value.ToUniversalTime())
            .WithMessage(_ => Text.Of("结束时间不能早于开始时间", "The finish cannot be before the start."))
            .Must((c, d) => d is null || c.StartedAtUtc is null || d.Value.ToUniversalTime() <= c.StartedAtUtc.Value.ToUniversalTime().Add(MaxVisitLength))
            .WithMessage(_ => Text.Of($"一次检查不能超过 {MaxVisitLength.TotalDays} 天（结束时间距开始时间过远）", $"One visit cannot last more than {MaxVisitLength.TotalDays} days."));
        v.RuleFor(c => c.Place).MaximumLength(InspectionRecord.PlaceMaxLength);
        v.RuleFor(c => c.Latitude).InclusiveBetween(-90, 90)
            .Must((c, lat) => lat is null == c.Longitude is null)
            .WithMessage(_ => Text.Of("纬度和经度须同时给出（WGS-84）", "Give both latitude and longitude (WGS-84), or neither."));
        v.RuleFor(c => c.Longitude).InclusiveBetween(-180, 180);
        v.RuleFor(c => c.Items).NotEmpty().Must(i => i is null || i.Count <= MaxItems).Custom((items, ctx) =>
        {
            // A deadline runs from the visit's day (Asia/Shanghai) to at most five years later.
            if (items is null || ctx.InstanceToValidate.StartedAtUtc is not { } started || !HasOffset(started))
            {
                return;
            }

            var visitDay = DateOnly.FromDateTime(started.ToUniversalTime() + ShanghaiOffset);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i]?.RectificationDeadline is { } deadline && (deadline < visitDay || deadline > visitDay.AddYears(MaxDeadlineYears)))
                {
                    ctx.AddFailure($"items[{i}].rectificationDeadline", Text.Of(
                        $"整改期限须在检查当日（{visitDay:yyyy-MM-dd}）至其后 {MaxDeadlineYears} 年之间",
                        $"The rectification deadline must be between the visit's day ({visitDay:yyyy-MM-dd}) and {MaxDeadlineYears} years later."));
                }
            }
        });
        v.RuleForEach(c => c.Items).NotNull().SetValidator(new RecordItemInputValidator());
    }

    /// <summary>
    /// The visit the fields describe, checked against the task: every item of the task exactly once (400 <c>items</c> naming
    /// the item), no other item (400 <c>items[i].itemId</c>), a result category that exists and is not retired (400
    /// <c>items[i].resultCategoryCode</c>). Times become UTC; results take the task's item order and names.
    /// </summary>
    public static async Task<(InspectionVisit Visit, IReadOnlyList<Guid> ItemIds)> ToVisitAsync(
        this IRecordFields f, IApplicationDbContext db, IReadOnlyList<Guid> taskItemIds, CancellationToken ct)
    {
        var items = f.Items!;
        var names = await db.InspectionItems.AsNoTracking().Where(i => taskItemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var codes = items.Select(i => i.ResultCategoryCode!).Distinct(StringComparer.Ordinal).ToList();
        var usable = await db.ResultCategories.AsNoTracking().Where(c => codes.Contains(c.Code) && !c.IsRetired).Select(c => c.Code).ToListAsync(ct);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (!taskItemIds.Contains(items[i].ItemId!.Value))
            {
                Add($"items[{i}].itemId", Text.Of($"抽查事项 {items[i].ItemId} 不属于该任务", $"Item {items[i].ItemId} is not an item of the task."));
            }

            if (!usable.Contains(items[i].ResultCategoryCode!, StringComparer.Ordinal))
            {
                Add($"items[{i}].resultCategoryCode", Text.Of(
                    $"检查结果类别 {items[i].ResultCategoryCode} 不存在或已停用", $"Result category {items[i].ResultCategoryCode} does not exist or is retired."));
            }
        }

        foreach (var id in taskItemIds)
        {
            var count = items.Count(i => i.ItemId == id);
            var name = names.GetValueOrDefault(id, id.ToString());
            if (count == 0)
            {
                Add("items", Text.Of($"缺少抽查事项“{name}”（{id}）的检查结果：一次检查须覆盖任务的全部事项", $"The result of item \"{name}\" ({id}) is missing: one visit covers every item of the task."));
            }
            else if (count > 1)
            {
                Add("items", Text.Of($"抽查事项“{name}”（{id}）的检查结果重复", $"Item \"{name}\" ({id}) has more than one result."));
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        var results = taskItemIds.Select(id => items.Single(i => i.ItemId == id)).Select(i => new ItemResult(
            i.ItemId!.Value, names.GetValueOrDefault(i.ItemId.Value, string.Empty), i.ResultCategoryCode!, Blank(i.Findings), Blank(i.LegalBasis),
            i.RectificationDeadline)).ToList();
        var visit = new InspectionVisit(
            f.Method!.Value, f.StartedAtUtc!.Value.ToUniversalTime(), f.FinishedAtUtc!.Value.ToUniversalTime(), Blank(f.Place), f.Latitude, f.Longitude, results);
        return (visit, taskItemIds);
    }

    private static bool HasOffset(DateTime? value) => value is null || value.Value.Kind != DateTimeKind.Unspecified;

    private static string OffsetMessage => Text.Of("时间须带时区（如 2026-12-08T09:30:00+08:00 或 …Z）", "A time needs its offset (e.g. 2026-12-08T09:30:00+08:00 or …Z).");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
