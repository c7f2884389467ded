using DoubleRandom.Application.Identity.Confirmations.Commands.CreateConfirmation;
using DoubleRandom.Domain.Tasks;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// String properties that take one of a fixed set of values reference that set's enum schema: every list of roles
/// (<c>roles</c>, <c>actorRoles</c>), the confirmation's <c>action</c> and the stratum's <c>tier</c>.
/// </summary>
internal sealed class WireEnumSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties })
        {
            return;
        }

        foreach (var (name, id) in Fields(context.Type))
        {
            if (!properties.TryGetValue(name, out var property) || property is not OpenApiSchema current)
            {
                continue;
            }

            var reference = WireEnumSchemas.Reference(id, context.SchemaRepository);
            var nullable = current.Type?.HasFlag(JsonSchemaType.Null) == true;
            properties[name] = current.Type?.HasFlag(JsonSchemaType.Array) == true
                ? new OpenApiSchema { Type = current.Type, Items = reference, Description = current.Description }
                : nullable
                    ? new OpenApiSchema { AllOf = [reference], Type = JsonSchemaType.Null, Description = current.Description }
                    : reference;
        }
    }

    private static IEnumerable<(string Property, string Schema)> Fields(Type type)
    {
        yield return ("roles", WireEnumSchemas.Role);
        yield return ("actorRoles", WireEnumSchemas.Role);
        if (type == typeof(ConfirmationDto) || type == typeof(CreateConfirmationCommand))
        {
            yield return ("action", WireEnumSchemas.ConfirmableAction);
        }

        if (type == typeof(StratumRule))
        {
            yield return ("tier", WireEnumSchemas.StratumTier);
        }
    }
}
