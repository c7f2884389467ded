using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// Marks as required what the JSON reader cannot do without: a member of a non-nullable type (a value type such as
/// <c>bool</c>, or a reference type without <c>?</c>) that has no default, i.e. a positional record parameter without a
/// default value or a <c>required</c> member. An omitted one would be read as <c>false</c>/<c>0</c>/null, which the
/// service does not mean. Rules of the validators are added by <see cref="ValidationSchemaFilter"/>; response schemas
/// are made wholly required by <see cref="ResponseSchemaDocumentFilter"/>.
/// </summary>
internal sealed class MemberRequiredSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || target.Properties is not { Count: > 0 } properties || context.Type.IsEnum)
        {
            return;
        }

        var constructor = context.Type.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault(c => c.GetParameters().Length > 0);
        var nullability = new NullabilityInfoContext();
        var parameters = constructor?.GetParameters().Where(p => p.Name is not null)
            .ToDictionary(p => p.Name!, StringComparer.OrdinalIgnoreCase) ?? [];
        foreach (var member in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonName(member);
            if (!properties.ContainsKey(name) || !IsNonNullable(member, nullability))
            {
                continue;
            }

            var needed = parameters.TryGetValue(member.Name, out var parameter)
                ? !parameter.HasDefaultValue
                : member.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute");
            if (needed)
            {
                target.Required ??= new HashSet<string>(StringComparer.Ordinal);
                target.Required.Add(name);
            }
        }
    }

    internal static string JsonName(PropertyInfo member) =>
        member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member.Name);

    private static bool IsNonNullable(PropertyInfo member, NullabilityInfoContext nullability) =>
        member.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(member.PropertyType) is null
            : nullability.Create(member).WriteState == NullabilityState.NotNull;
}
