using Mediator;

namespace DoubleRandom.Application.Inspections.Categories.Queries.GetResultCategory;

/// <summary>One result category by its code, retired or not.</summary>
public sealed record GetResultCategoryQuery(string Code) : IQuery<ResultCategoryDto>;
