namespace DoubleRandom.Application.Evaluation.Jobs;

/// <summary>A report's scope, each list sorted (empty: all): branch unit ids, target department codes, industry sections (GB/T 4754 letters).</summary>
public sealed record EvaluationScopeDto(IReadOnlyList<Guid> UnitIds, IReadOnlyList<string> DepartmentCodes, IReadOnlyList<string> IndustrySections)
{
    /// <summary>The scope with each list sorted and without repeats (the fingerprint's canonical form).</summary>
    public static EvaluationScopeDto Canonical(IEnumerable<Guid>? unitIds, IEnumerable<string>? departmentCodes, IEnumerable<string>? industrySections) => new(
        [.. (unitIds ?? []).Distinct().Order()],
        [.. (departmentCodes ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        [.. (industrySections ?? []).Select(s => s.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
}
