namespace DoubleRandom.Application.Inspections.Categories;

/// <summary>The fields a result category is created and changed with.</summary>
public interface IResultCategoryFields
{
    string? NameZh { get; }

    string? NameEn { get; }

    bool? IndicatesProblem { get; }

    int? SortOrder { get; }
}
