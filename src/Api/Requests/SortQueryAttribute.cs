namespace DoubleRandom.Api.Requests;

/// <summary>
/// Marks a list's <c>sort</c> parameter with the page query it fills, so the OpenAPI document lists the fields that
/// query's validator accepts (its handler's sort table), each also with a leading <c>-</c> for descending.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class SortQueryAttribute(Type query) : Attribute
{
    public Type Query { get; } = query;
}
