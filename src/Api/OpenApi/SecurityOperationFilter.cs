using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>Every protected operation names the bearer scheme and lists its 401 and 403 problem responses.</summary>
internal sealed class SecurityOperationFilter : IOperationFilter
{
    public const string Bearer = "Bearer";
    public const string Password = "PasswordLogin";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            // Anonymous: an explicit empty list says so (and that no token is needed).
            operation.Security = [];
            return;
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).ToList();
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [],
            [new OpenApiSecuritySchemeReference(Password, context.Document)] = [],
        });
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", Problem("Not signed in or the token is invalid/expired (problem+json)", context));
        operation.Responses.TryAdd("403", Problem($"Signed in without the needed role (policy: {string.Join(", ", policies)}) (problem+json)", context));
        if (policies.Count > 0)
        {
            operation.Description = $"{operation.Description}\n\nPolicy: `{string.Join("`, `", policies)}`".Trim();
        }
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
