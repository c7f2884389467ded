using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>Puts the <see cref="OperationExamples"/> of an operation on its request body and responses, serialized as the service serializes.</summary>
internal sealed class OperationExamplesOperationFilter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is null || !OperationExamples.ByOperation.TryGetValue(operation.OperationId, out var examples))
        {
            return;
        }

        if (examples.Request is { } request)
        {
            var media = SetExample(operation.RequestBody?.Content, request, $"{operation.OperationId} request");
            // What the service computes and sends back (StratumRule.key) is no part of a request.
            DropReadOnly(media.Example, media.Schema, context.SchemaRepository);
        }

        foreach (var (status, body) in examples.Responses)
        {
            var response = operation.Responses?.GetValueOrDefault(status.ToString(System.Globalization.CultureInfo.InvariantCulture))
                ?? throw new InvalidOperationException($"{operation.OperationId} has an example for {status}, which it does not document.");
            SetExample(response.Content, body, $"{operation.OperationId} {status}");
        }
    }

    private OpenApiMediaType SetExample(IDictionary<string, IOpenApiMediaType>? content, object value, string what)
    {
        var media = content?.Values.OfType<OpenApiMediaType>().FirstOrDefault()
            ?? throw new InvalidOperationException($"{what}: no body to put the example on.");
        media.Example = JsonSerializer.SerializeToNode(value, value.GetType(), json.Value.SerializerOptions);
        return media;
    }

    private static void DropReadOnly(JsonNode? node, IOpenApiSchema? schema, SchemaRepository schemas)
    {
        if (schema is OpenApiSchemaReference reference && reference.Reference.Id is { } id)
        {
            schema = schemas.Schemas.GetValueOrDefault(id);
        }

        if (schema is null)
        {
            return;
        }

        // A nullable reference is still allOf [$ref] (or anyOf) while operation filters run.
        foreach (var part in (schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? []))
        {
            DropReadOnly(node, part, schemas);
        }

        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    DropReadOnly(item, schema.Items, schemas);
                }

                break;
            case JsonObject obj:
                foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
                {
                    if (property.ReadOnly)
                    {
                        obj.Remove(name);
                    }
                    else
                    {
                        DropReadOnly(obj[name], property, schemas);
                    }
                }

                break;
        }
    }
}
