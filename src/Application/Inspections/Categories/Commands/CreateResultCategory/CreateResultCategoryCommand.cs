using Mediator;

namespace DoubleRandom.Application.Inspections.Categories.Commands.CreateResultCategory;

/// <summary>Adds a result category to the reference data (administrators).</summary>
public sealed record CreateResultCategoryCommand(string? Code, string? NameZh, string? NameEn, bool? IndicatesProblem, int? SortOrder)
    : ICommand<ResultCategoryDto>, IResultCategoryFields;
