using DoubleRandom.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Categories.Queries.ListResultCategories;

public sealed class ListResultCategoriesHandler(IApplicationDbContext db) : IQueryHandler<ListResultCategoriesQuery, IReadOnlyList<ResultCategoryDto>>
{
    public async ValueTask<IReadOnlyList<ResultCategoryDto>> Handle(ListResultCategoriesQuery query, CancellationToken cancellationToken)
    {
        var categories = await db.ResultCategories.AsNoTracking().Where(c => query.IncludeRetired || !c.IsRetired)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        return [.. categories.Select(c => c.ToDto())];
    }
}
