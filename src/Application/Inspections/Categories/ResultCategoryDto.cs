namespace DoubleRandom.Application.Inspections.Categories;

/// <summary>A result category (检查结果类别): its code, names, whether it is a finding, order, and whether it is retired.</summary>
public sealed record ResultCategoryDto(string Code, string NameZh, string NameEn, bool IndicatesProblem, int SortOrder, bool IsRetired, int Version);
