using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// The one declaration of what every operation that accepts a body (JSON or multipart) can answer before its handler
/// runs: 400 (malformed or invalid body), 413 (larger than the limit, <c>BodySizeLimitMiddleware</c>) and 415 (a content
/// type the operation does not accept). Endpoints declare only the problems of their own use case (404, 409, …).
/// </summary>
internal sealed class RequestBodyProblemsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody is null)
        {
            return;
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd("400", Problem("The body is malformed or breaks a rule (problem+json with field errors)", context));
        operation.Responses.TryAdd("413", Problem("The body is larger than this operation accepts (problem+json)", context));
        operation.Responses.TryAdd("415", Problem("The body's content type is not one this operation accepts (problem+json)", context));
    }

    private static OpenApiResponse Problem(string description, OperationFilterContext context) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            [ProblemSchemaDocumentFilter.MediaType] = new OpenApiMediaType { Schema = ProblemSchemaDocumentFilter.Reference(context.Document) },
        },
    };
}
