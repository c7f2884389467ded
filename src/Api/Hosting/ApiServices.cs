using System.Text.Json;
using System.Text.Json.Serialization;
using DoubleRandom.Analytics;
using DoubleRandom.Api.Events;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Problems;
using DoubleRandom.Api.Security;
using DoubleRandom.Application;
using DoubleRandom.Application.Common.Behaviours;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Infrastructure;
using DoubleRandom.Infrastructure.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;

namespace DoubleRandom.Api.Hosting;

internal static class ApiServices
{
    public static WebApplicationBuilder AddDoubleRandom(this WebApplicationBuilder builder)
    {
        builder.AddStructuredLogging();
        var services = builder.Services;

        services.AddApplication();
        services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddAnalytics();
        services.AddValidatedOptions<Analytics.Evaluation.Rendering.ReportOptions>(Analytics.Evaluation.Rendering.ReportOptions.SectionName);
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Application.DependencyInjection)];
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ScopeBehaviour<,>), typeof(ValidationBehaviour<,>)];
        });

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddSingleton<Demo.AfterInspectionDemoSeeder>();

        services.Configure<JsonOptions>(o => ConfigureJson(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var problem = ctx.ProblemDetails;
            if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                var status = problem.Status ?? ctx.HttpContext.Response.StatusCode;
                problem.Type = ProblemTypes.ForStatus(status);
                problem.Title = ProblemTypes.TitleFor(status);
            }

            problem.Instance ??= ctx.HttpContext.Request.Path;
            problem.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ExceptionProblemHandler>();

        services.AddRequestLocalization(o =>
        {
            string[] cultures = ["zh-CN", "en"];
            o.SetDefaultCulture("zh-CN").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            o.FallBackToParentUICultures = true;
            o.FallBackToParentCultures = true;
            var header = o.RequestCultureProviders.ToList().FindIndex(p => p is AcceptLanguageHeaderRequestCultureProvider);
            o.RequestCultureProviders[header] = new AcceptLanguageProvider { Options = o };
        });
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : RequestValidationException.CamelCase(member.Name);

        var database = DatabaseOptions.FromConfiguration(builder.Configuration);
        builder.AddSecurity(persistSigningKey: database.IsSqlite);
        builder.AddProxyAndPublicAddress(demo: database.SeedDemoData);
        services.AddValidatedOptions<RequestLimitOptions>(RequestLimitOptions.SectionName);
        services.AddValidatedOptions<Idempotency.IdempotencyOptions>(Idempotency.IdempotencyOptions.SectionName);
        services.AddHostedService<Idempotency.IdempotencyCleanup>();
        services.AddValidatedOptions<AttachmentLimitOptions>(AttachmentLimitOptions.SectionName);
        services.AddValidatedOptions<ImportUploadOptions>(ImportUploadOptions.SectionName);
        services.AddValidatedOptions<ImportEventsOptions>(ImportEventsOptions.SectionName);
        services.AddVerifyRateLimit();
        services.AddPublicResultsRateLimit();
        services.AddArchiveVerifyRateLimit();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddApiDocumentation();
        return builder;
    }

    /// <summary>
    /// Strict JSON: enums as camelCase strings only, unknown properties refused (a misspelt field would
    /// otherwise be silently ignored), numbers as numbers.
    /// </summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        // Every string of every body passes the one text rule (no U+0000) as it is read.
        options.Converters.Add(new Application.Common.Json.CheckedStringConverter());
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
    }
}
