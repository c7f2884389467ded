using Mediator;

namespace DoubleRandom.Application.Inspections.Categories.Commands.UpdateResultCategory;

/// <summary>Renames, reorders or retires a result category (administrators); categories are never deleted.</summary>
public sealed record UpdateResultCategoryCommand(
    string Code, string? NameZh, string? NameEn, bool? IndicatesProblem, int? SortOrder, bool? IsRetired, int? Version)
    : ICommand<ResultCategoryDto>, IResultCategoryFields;
