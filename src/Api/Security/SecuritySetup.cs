using System.Threading.RateLimiting;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Identity;
using DoubleRandom.Application.Identity.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using DoubleRandom.Infrastructure;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Api.Security;

internal static class SecuritySetup
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>Response headers a cross-origin front end may read (file names, versions, retry delays, new resources, tracing).</summary>
    public static readonly string[] ExposedHeaders = ["Content-Disposition", "ETag", "Retry-After", "Location", "X-Request-Id",
        "Upload-Offset", "Upload-Length", "Upload-Expires", "Tus-Resumable", "Tus-Version", "Tus-Extension", "Tus-Max-Size", "Tus-Checksum-Algorithm",
        "Evidence-Location"];

    public static void AddSecurity(this WebApplicationBuilder builder, bool persistSigningKey)
    {
        var services = builder.Services;
        services.AddValidatedOptions<SecurityOptions>(SecurityOptions.SectionName)
            .Validate(o => o.AccessTokenMinutes > 0 && o.RefreshTokenDays > 0 && o.ConfirmationMinutes > 0,
                "Auth:AccessTokenMinutes, Auth:RefreshTokenDays and Auth:ConfirmationMinutes must be positive.")
            .Validate(o => o.LockoutThreshold > 0 && o.UnfamiliarAddressThreshold > 0 && o.LockoutFirstDelaySeconds > 0
                    && o.LockoutMaxDelayMinutes > 0 && o.LockoutForgetHours > 0,
                "Auth:LockoutThreshold, Auth:UnfamiliarAddressThreshold and the Auth:Lockout* times must be positive.")
            .Validate(o => o.RefreshReuseGraceSeconds >= 0 && o.SessionCheckCacheSeconds >= 0,
                "Auth:RefreshReuseGraceSeconds and Auth:SessionCheckCacheSeconds must not be negative.")
            .Validate(o => o.PasswordMinLength is >= 8 and <= 128 && o.PasswordMinCharacterClasses is >= 1 and <= 4,
                "Auth:PasswordMinLength must be 8..128 and Auth:PasswordMinCharacterClasses 1..4.")
            .Validate(o => o.TrustedNetworks.All(IsAddressOrNetwork), "Auth:TrustedNetworks holds an entry that is neither an address nor a CIDR network.");
        services.AddValidatedValue<SecurityOptions>();
        services.AddValidatedOptions<SigningKeyOptions>(SigningKeyOptions.SectionName).Validate(o => o.IsValid(), SigningKeyOptions.Invalid);
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddSingleton(sp => JwtSigning.From(sp.GetRequiredService<IOptions<SigningKeyOptions>>().Value, contentRoot, persistSigningKey));
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.Events = new JwtBearerEvents { OnTokenValidated = CheckSessionAsync };
        });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<JwtSigning>((o, signing) => o.TokenValidationParameters = signing.ValidationParameters());

        services.AddAuthorization(o =>
        {
            foreach (var (policy, roles) in AuthorizationMatrix.RolesByPolicy)
            {
                o.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
            }

            // No fallback policy: it would also guard requests that match no route (404) and the framework's
            // rejection endpoints (405, 415), turning them into 401. Secure by default is the /api/v1 group's
            // RequireAuthorization (ApiPipeline) instead.
        });

        services.AddValidatedOptions<SignInLimitOptions>(SignInLimitOptions.SectionName);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInLimitOptions>>((o, limits) =>
        {
            var permits = limits.Value.SignInPermitLimit;
            var window = TimeSpan.FromSeconds(limits.Value.SignInWindowSeconds);
            o.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            o.OnRejected = (context, _) => VerifyRateLimit.WriteTooManyRequestsAsync(
                context.HttpContext, (int)window.TotalSeconds, Text.Of("登录尝试过于频繁，请稍后再试", "Too many sign-in attempts; wait and retry."));
        });

        services.AddValidatedOptions<CrossOriginOptions>(CrossOriginOptions.SectionName)
            .Validate(o => o.AreOrigins(), "Cors:AllowedOrigins holds an entry that is not an absolute http(s) origin.");
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((o, cors) => o.AddDefaultPolicy(p =>
        {
            if (cors.Value.AllowedOrigins.Length > 0)
            {
                p.WithOrigins(cors.Value.AllowedOrigins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders(ExposedHeaders);
            }
        }));
    }

    private static bool IsAddressOrNetwork(string entry) =>
        System.Net.IPAddress.TryParse(entry, out _) || System.Net.IPNetwork.TryParse(entry, out _);

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
