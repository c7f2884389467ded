using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Categories.Commands.CreateResultCategory;

public sealed class CreateResultCategoryHandler(IApplicationDbContext db) : ICommandHandler<CreateResultCategoryCommand, ResultCategoryDto>
{
    public async ValueTask<ResultCategoryDto> Handle(CreateResultCategoryCommand command, CancellationToken cancellationToken)
    {
        if (await db.ResultCategories.AnyAsync(c => c.Code == command.Code, cancellationToken))
        {
            throw new ConflictException("duplicate-code", Text.Of($"结果类别代码 {command.Code} 已存在", $"Result category code {command.Code} already exists."), "code");
        }

        var category = ResultCategory.Create(command.Code!, command.NameZh!, command.NameEn!, command.IndicatesProblem!.Value, command.SortOrder!.Value);
        db.ResultCategories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category.ToDto();
    }
}
