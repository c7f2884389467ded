using System.Text.Json;
using DoubleRandom.Api.Endpoints;
using DoubleRandom.Api.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;

namespace DoubleRandom.Api.Hosting;

internal static class ApiPipeline
{
    public static WebApplication UseDoubleRandom(this WebApplication app)
    {
        // The client's address first (from X-Forwarded-For of known proxies only), so logs, limits and sign-in
        // delays all see the same one.
        app.UseForwardedHeaders();

        // Culture next, so every message below it (problem titles included) is in the caller's language.
        app.UseRequestLocalization();
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<TusResumableHeader>();
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // The API description is public (front-end teams and Swagger UI's sign-in need it), so it is served
        // before routing and authorization, outside the /api/v1 group that demands a token.
        app.UseSwagger(o => o.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1);
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/swagger/v1/swagger.json", "DoubleRandom v1");
            o.DocumentTitle = "DoubleRandom API";
            o.EnablePersistAuthorization();
        });

        app.UseRouting();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseMiddleware<TextInputMiddleware>();
        app.UseSecurity();
        app.UseMiddleware<Idempotency.IdempotencyMiddleware>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealth })
            .WithTags("Health").AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteHealth })
            .WithTags("Health").AllowAnonymous();

        // Secure by default: a route that forgot its policy still needs a signed-in user (anonymous routes say
        // AllowAnonymous). On the group, not as a fallback policy, so a request no route matches answers 404 and
        // one the framework rejects before any route runs answers 405 or 415, with or without a token.
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.AddEndpointFilterFactory(UploadedFileNames.Filter);
        api.MapAuth();
        api.MapUsers();
        api.MapBranchUnits();
        api.MapDepartments();
        api.MapAudit();

        api.MapTargets();
        api.MapOfficers();
        api.MapRecusals();
        api.MapInspectionHistory();
        api.MapImportJobs();
        api.MapReference();
        api.MapTasks();
        api.MapDraws();
        api.MapInspections();
        api.MapInspectionSummaries();
        api.MapFollowUps();
        api.MapHolidayCalendar();
        api.MapRiskTiers();
        api.MapPublications();
        api.MapCorrections();
        api.MapPublicDraws();
        api.MapPublicResults();
        api.MapPublicationExport();
        api.MapLicenceScans();
        api.MapEvidence();
        api.MapUploads();
        api.MapArchives();
        api.MapRisk();
        api.MapEvaluationReports();
        return app;
    }

    private static Task WriteHealth(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        });
    }
}
