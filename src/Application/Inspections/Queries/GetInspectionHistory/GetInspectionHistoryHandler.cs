using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Queries.GetInspectionHistory;

public sealed class GetInspectionHistoryHandler(IApplicationDbContext db) : IQueryHandler<GetInspectionHistoryQuery, PagedResult<InspectionOutcomeDto>>
{
    internal static readonly SortKeys<InspectionOutcome> Sorts = new SortKeys<InspectionOutcome>("inspectedOn")
        .Add("inspectedOn", o => o.InspectedOn).Add("itemCode", o => o.ItemCode).Add("resultCategoryCode", o => o.ResultCategoryCode);

    public async ValueTask<PagedResult<InspectionOutcomeDto>> Handle(GetInspectionHistoryQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Targets.AnyAsync(t => t.Code == query.TargetCode, cancellationToken))
        {
            throw new NotFoundException(Text.Of("检查对象", "Target"), query.TargetCode);
        }

        var outcomes = db.InspectionOutcomes.AsNoTracking().Where(o => o.TargetCode == query.TargetCode);
        if (query.Year is { } year)
        {
            outcomes = outcomes.Where(o => o.Year == year);
        }

        var problems = (await db.ResultCategories.AsNoTracking().Where(c => c.IndicatesProblem).Select(c => c.Code).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        return await Sorts.Apply(outcomes, query).ThenBy(o => o.ItemCode).ThenBy(o => o.Id).ToPagedResultAsync(query, o => new InspectionOutcomeDto(
            o.Id, o.TargetCode, o.InspectedOn, o.Year, o.TaskName, o.ItemCode, o.ItemName, o.ResultCategoryCode,
            problems.Contains(o.ResultCategoryCode), o.InclusionProbability, o.Stratum, o.Source, o.BatchId), cancellationToken);
    }
}
