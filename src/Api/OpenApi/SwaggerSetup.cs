namespace DoubleRandom.Api.OpenApi;

internal static class SwaggerSetup
{
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new Microsoft.OpenApi.OpenApiInfo
            {
                Title = "DoubleRandom API — 双随机、一公开监管平台",
                Version = "v1",
                Description = "Rosters, tasks, verifiable risk-weighted draws (DR1), results and publication. "
                    + "Errors are RFC 9457 problem details (application/problem+json); see docs/problems.md. "
                    + "Send Accept-Language: en for English messages (Chinese is the default).",
            });
            foreach (var assembly in new[] { typeof(Program).Assembly, typeof(Application.DependencyInjection).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");
                if (File.Exists(xml))
                {
                    options.IncludeXmlComments(xml);
                }
            }

            options.CustomSchemaIds(SchemaId);
            // Nullable only where the C# type is (string? yes, string no); a nullable reference is allOf + nullable.
            options.SupportNonNullableReferenceTypes();
            options.UseAllOfToExtendReferenceSchemas();
            options.SchemaFilter<MemberRequiredSchemaFilter>();
            options.SchemaFilter<ValidationSchemaFilter>();
            options.SchemaFilter<WireEnumSchemaFilter>();
            options.ParameterFilter<QueryParameterFilter>();
            options.DocumentFilter<ProblemSchemaDocumentFilter>();
            options.DocumentFilter<ResponseSchemaDocumentFilter>();
            options.DocumentFilter<NullableReferenceDocumentFilter>();
            options.DocumentFilter<DocumentInfoFilter>();
            options.AddSecurityDefinition(SecurityOperationFilter.Bearer, new Microsoft.OpenApi.OpenApiSecurityScheme
            {
                Type = Microsoft.OpenApi.SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The accessToken from POST /api/v1/auth/login.",
            });
            options.AddSecurityDefinition(SecurityOperationFilter.Password, new Microsoft.OpenApi.OpenApiSecurityScheme
            {
                Type = Microsoft.OpenApi.SecuritySchemeType.OAuth2,
                Description = "Sign in with user name and password from Swagger UI's Authorize dialog.",
                Flows = new Microsoft.OpenApi.OpenApiOAuthFlows
                {
                    Password = new Microsoft.OpenApi.OpenApiOAuthFlow { TokenUrl = new Uri("/api/v1/auth/token", UriKind.Relative) },
                },
            });
            options.OperationFilter<SecurityOperationFilter>();
            options.OperationFilter<RequestBodyProblemsOperationFilter>();
            options.OperationFilter<FileContentOperationFilter>();
            options.OperationFilter<IdempotencyKeyOperationFilter>();
            options.OperationFilter<RequestHeadersOperationFilter>();
            options.OperationFilter<OperationResponsesOperationFilter>();
            options.OperationFilter<ResponseHeadersOperationFilter>();
            options.OperationFilter<OperationExamplesOperationFilter>();
        });
        return services;
    }

    /// <summary>Readable schema names, with generic arguments spelled out (PagedResultOfBranchUnitDto).</summary>
    private static string SchemaId(Type type) =>
        type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Concat(type.GetGenericArguments().Select(SchemaId))
            : type.Name;
}
