using Mediator;

namespace DoubleRandom.Application.Inspections.Categories.Queries.ListResultCategories;

/// <summary>The result categories in their order; retired ones only when asked for.</summary>
public sealed record ListResultCategoriesQuery(bool IncludeRetired) : IQuery<IReadOnlyList<ResultCategoryDto>>;
