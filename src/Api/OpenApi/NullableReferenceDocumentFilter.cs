using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// References written as OpenAPI 3.1 says them: a nullable one (Swashbuckle's <c>allOf: [$ref]</c> with
/// <c>type: null</c>, which would allow only null) becomes <c>anyOf: [$ref, {type: null}]</c>, and a bare
/// <c>allOf: [$ref]</c> wrapper the reference itself.
/// </summary>
internal sealed class NullableReferenceDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        if (swaggerDoc.Components?.Schemas is not { } schemas)
        {
            return;
        }

        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            Rewrite(schema);
        }

        var operations = (swaggerDoc.Paths?.Values.AsEnumerable() ?? []).SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).ToList();
        var bodies = operations.SelectMany(o => o.RequestBody?.Content?.Values.AsEnumerable() ?? [])
            .Concat(operations.SelectMany(o => o.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values.AsEnumerable() ?? []));
        foreach (var media in bodies.OfType<OpenApiMediaType>().Where(m => m.Schema is not null))
        {
            media.Schema = Simplify(media.Schema!);
        }
    }

    private static void Rewrite(OpenApiSchema schema)
    {
        if (schema.Properties is { } properties)
        {
            foreach (var name in properties.Keys.ToList())
            {
                properties[name] = Simplify(properties[name]);
            }
        }

        if (schema.Items is not null)
        {
            schema.Items = Simplify(schema.Items);
        }

        if (schema.AdditionalProperties is not null)
        {
            schema.AdditionalProperties = Simplify(schema.AdditionalProperties);
        }
    }

    private static IOpenApiSchema Simplify(IOpenApiSchema schema)
    {
        if (schema is not OpenApiSchema inline)
        {
            return schema;
        }

        Rewrite(inline);
        if (inline.Type == 0)
        {
            // "nullable" taken off a nullable wrapper (a required reference) leaves no type at all.
            inline.Type = null;
        }

        if (inline.AllOf is not [OpenApiSchemaReference reference] || inline.Properties is { Count: > 0 } || inline.Items is not null)
        {
            return inline;
        }

        if (inline.Type == JsonSchemaType.Null)
        {
            inline.AllOf = null;
            inline.Type = null;
            inline.AnyOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Null }];
            return inline;
        }

        return inline.Type is null && inline.Description is null && inline.ReadOnly is false && inline.Default is null ? reference : inline;
    }
}
