using System.Threading.RateLimiting;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Identity;
using DoubleRandom.Application.Identity.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace DoubleRandom.Api.Security;

internal static class SecuritySetup
{
    public const string SignInRateLimit = "sign-in";

    public static void AddSecurity(this WebApplicationBuilder builder, bool persistSigningKey)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddSingleton(options);
        var signing = JwtSigning.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath, persistSigningKey);
        services.AddSingleton(signing);
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = signing.ValidationParameters();
            o.Events = new JwtBearerEvents { OnTokenValidated = CheckSessionAsync };
        });

        services.AddAuthorization(o =>
        {
            foreach (var (policy, roles) in AuthorizationMatrix.RolesByPolicy)
            {
                o.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
            }

            // Secure by default: an endpoint that forgot its policy still needs a signed-in user.
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        var permits = builder.Configuration.GetValue("Auth:SignInPermitLimit", 10);
        var window = TimeSpan.FromSeconds(builder.Configuration.GetValue("Auth:SignInWindowSeconds", 60));
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            o.OnRejected = (context, _) => VerifyRateLimit.WriteTooManyRequestsAsync(
                context.HttpContext, (int)window.TotalSeconds, Text.Of("登录尝试过于频繁，请稍后再试", "Too many sign-in attempts; wait and retry."));
        });

        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(o => o.AddDefaultPolicy(p =>
        {
            if (origins.Length > 0)
            {
                p.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("Location", "X-Request-Id");
            }
        }));
    }

    /// <summary>
    /// A well-signed, unexpired token still needs its user's current security stamp and an unended sign-in:
    /// logout, disabling, a password change or reset and refresh-token reuse end it at once, not when it expires.
    /// </summary>
    private static async Task CheckSessionAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        var current = principal is not null
            && Guid.TryParse(principal.FindFirst("sub")?.Value, out var userId)
            && Guid.TryParse(principal.FindFirst(JwtAccessTokenIssuer.SessionClaim)?.Value, out var sessionId)
            && principal.FindFirst(JwtAccessTokenIssuer.StampClaim)?.Value is { } stamp
            && await context.HttpContext.RequestServices.GetRequiredService<AccessTokenSessions>()
                .IsCurrentAsync(userId, stamp, sessionId, context.HttpContext.RequestAborted);
        if (!current)
        {
            context.Fail("The sign-in has ended.");
        }
    }

    public static void UseSecurity(this WebApplication app)
    {
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<PasswordChangeGate>();
    }
}
