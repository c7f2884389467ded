using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Categories.Queries.GetResultCategory;

public sealed class GetResultCategoryHandler(IApplicationDbContext db) : IQueryHandler<GetResultCategoryQuery, ResultCategoryDto>
{
    public async ValueTask<ResultCategoryDto> Handle(GetResultCategoryQuery query, CancellationToken cancellationToken) =>
        (await db.ResultCategories.AsNoTracking().FirstOrDefaultAsync(c => c.Code == query.Code, cancellationToken)
            ?? throw new NotFoundException(RecordNames.ResultCategory, query.Code)).ToDto();
}
