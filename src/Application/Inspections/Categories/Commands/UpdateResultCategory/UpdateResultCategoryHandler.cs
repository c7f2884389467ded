using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Categories.Commands.UpdateResultCategory;

public sealed class UpdateResultCategoryHandler(IApplicationDbContext db) : ICommandHandler<UpdateResultCategoryCommand, ResultCategoryDto>
{
    public async ValueTask<ResultCategoryDto> Handle(UpdateResultCategoryCommand command, CancellationToken cancellationToken)
    {
        var category = await db.ResultCategories.FirstOrDefaultAsync(c => c.Code == command.Code, cancellationToken)
            ?? throw new NotFoundException(RecordNames.ResultCategory, command.Code);
        StaleVersion.ThrowIfStale(command.Version, category.Version);
        category.Update(command.NameZh!, command.NameEn!, command.IndicatesProblem!.Value, command.SortOrder!.Value, command.IsRetired!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return category.ToDto();
    }
}
