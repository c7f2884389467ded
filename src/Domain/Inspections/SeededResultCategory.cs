namespace DoubleRandom.Domain.Inspections;

/// <summary>One of the national publicity result categories every database starts with (<see cref="ResultCategory.National"/>).</summary>
public sealed record SeededResultCategory(Guid Id, string Code, string NameZh, string NameEn, bool IndicatesProblem, int SortOrder);
