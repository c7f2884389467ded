namespace DoubleRandom.Api.Requests;

/// <summary>
/// Names the values a string query parameter takes, for the OpenAPI document: the enum <see cref="EnumType"/> that
/// <see cref="QueryEnum.Parse{T}"/> reads it as, or a string enum schema (<c>Role</c>) by <see cref="Schema"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class QueryEnumAttribute : Attribute
{
    public QueryEnumAttribute(Type enumType) => EnumType = enumType;

    public QueryEnumAttribute(string schema) => Schema = schema;

    public Type? EnumType { get; }

    public string? Schema { get; }
}
