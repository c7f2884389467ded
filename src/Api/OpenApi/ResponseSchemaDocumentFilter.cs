using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// Response schemas tell what the service writes: the JSON options write every property, null ones as <c>null</c>, so
/// every property of a schema a response reaches is required (and nullable only where the C# type is). A schema that
/// requests reach too keeps its request rules under the name <c>…Input</c> (e.g. <c>StratumRuleInput</c>), so a client
/// may leave out there what a response always carries.
/// </summary>
internal sealed class ResponseSchemaDocumentFilter : IDocumentFilter
{
    public const string InputSuffix = "Input";

    /// <summary>Problem details leave out what they do not carry (their own serializer skips nulls); described as they are.</summary>
    private static readonly HashSet<string> ProblemDetailIds = new(["ProblemDetails", "HttpValidationProblemDetails", "Problem"], StringComparer.Ordinal);

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        if (schemas is null || swaggerDoc.Paths is null)
        {
            return;
        }

        var operations = swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).ToList();
        var requests = Closure(schemas, operations.SelectMany(o => o.RequestBody?.Content?.Values ?? []).Select(m => m.Schema));
        var responses = Closure(schemas, operations.SelectMany(o => o.Responses?.Values.AsEnumerable() ?? [])
            .SelectMany(r => r.Content?.Values ?? []).Select(m => m.Schema));

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in responses.Where(id => schemas[id] is OpenApiSchema { Properties.Count: > 0 }).Order(StringComparer.Ordinal).ToList())
        {
            var schema = (OpenApiSchema)schemas[id];
            if (ProblemDetailIds.Contains(id))
            {
                continue;
            }

            if (requests.Contains(id) && !schema.Properties!.Keys.All(k => schema.Required?.Contains(k) == true))
            {
                renamed[id] = id + InputSuffix;
                var input = (OpenApiSchema)schema.CreateShallowCopy();
                input.Required = new SortedSet<string>(schema.Required ?? new HashSet<string>(), StringComparer.Ordinal);
                schemas[id + InputSuffix] = input;
            }

            schema.Required = new SortedSet<string>(schema.Properties!.Keys, StringComparer.Ordinal);
        }

        if (renamed.Count == 0)
        {
            return;
        }

        // Requests (their bodies and the schemas only they reach, the new inputs included) name the input schemas.
        foreach (var id in requests.Where(id => !responses.Contains(id)).Concat(renamed.Values).ToList())
        {
            schemas[id] = Rename(schemas[id], renamed, swaggerDoc);
        }

        foreach (var media in operations.SelectMany(o => o.RequestBody?.Content?.Values ?? []).OfType<OpenApiMediaType>())
        {
            media.Schema = media.Schema is null ? null : Rename(media.Schema, renamed, swaggerDoc);
        }
    }

    /// <summary>The schema ids the given schemas reach through their references.</summary>
    private static HashSet<string> Closure(IDictionary<string, IOpenApiSchema> schemas, IEnumerable<IOpenApiSchema?> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<IOpenApiSchema>(roots.OfType<IOpenApiSchema>());
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference reference)
            {
                if (reference.Reference.Id is { } id && seen.Add(id) && schemas.TryGetValue(id, out var target))
                {
                    pending.Push(target);
                }

                continue;
            }

            foreach (var child in Children(schema))
            {
                pending.Push(child);
            }
        }

        return seen;
    }

    private static IEnumerable<IOpenApiSchema> Children(IOpenApiSchema schema) =>
        (schema.Properties?.Values ?? [])
            .Concat(schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? [])
            .Append(schema.Items).Append(schema.AdditionalProperties)
            .OfType<IOpenApiSchema>();

    /// <summary>A copy of the schema whose references to renamed schemas point at their new names.</summary>
    private static IOpenApiSchema Rename(IOpenApiSchema schema, Dictionary<string, string> renamed, OpenApiDocument document)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            return reference.Reference.Id is { } id && renamed.TryGetValue(id, out var name) ? new OpenApiSchemaReference(name, document) : schema;
        }

        if (schema is not OpenApiSchema inline)
        {
            return schema;
        }

        var copy = (OpenApiSchema)inline.CreateShallowCopy();
        if (copy.Properties is not null)
        {
            copy.Properties = copy.Properties.ToDictionary(p => p.Key, p => Rename(p.Value, renamed, document), StringComparer.Ordinal);
        }

        copy.AllOf = copy.AllOf?.Select(s => Rename(s, renamed, document)).ToList();
        copy.OneOf = copy.OneOf?.Select(s => Rename(s, renamed, document)).ToList();
        copy.AnyOf = copy.AnyOf?.Select(s => Rename(s, renamed, document)).ToList();
        copy.Items = copy.Items is null ? null : Rename(copy.Items, renamed, document);
        copy.AdditionalProperties = copy.AdditionalProperties is null ? null : Rename(copy.AdditionalProperties, renamed, document);
        return copy;
    }
}
