using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Api.Security;

/// <summary>The <c>Public</c> section's address for links the service prints (the QR code on the draw record).</summary>
public sealed class PublicLinkOptions
{
    public const string SectionName = "Public";

    /// <summary>E.g. <c>https://dr.example.gov.cn</c>; required in Production.</summary>
    public string? BaseUrl { get; set; }

    public static bool IsAbsoluteHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

/// <summary>
/// Who the client is behind a reverse proxy, and which address the service calls itself. <c>X-Forwarded-For</c> and
/// <c>-Proto</c> are honoured only when the connection comes from <c>ForwardedHeaders:KnownProxies</c> (addresses) or
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR); from anyone else they are ignored, so a client cannot pick the
/// address the sign-in limits and delays see. Printed links never take their host from the request in a production
/// deployment: <c>Public:BaseUrl</c> is required there, checked at start.
/// </summary>
internal static class PublicAddressSetup
{
    /// <param name="builder">The service being built.</param>
    /// <param name="demo">
    /// The embedded demo (<c>Database:SeedDemoData</c>), which <c>dotnet run</c> starts in the Production environment
    /// too; it keeps taking the host from the request, limited by <c>AllowedHosts</c>.
    /// </param>
    public static void AddProxyAndPublicAddress(this WebApplicationBuilder builder, bool demo)
    {
        var section = builder.Configuration.GetSection("ForwardedHeaders");
        var proxies = (section.GetSection("KnownProxies").Get<string[]>() ?? []).Select(IPAddress.Parse).ToList();
        var networks = (section.GetSection("KnownNetworks").Get<string[]>() ?? []).Select(System.Net.IPNetwork.Parse).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Not even loopback by default: only what is configured is trusted.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
            // Walk back through the chain while each hop is a known proxy.
            o.ForwardLimit = null;
        });

        var production = builder.Environment.IsProduction() && !demo;
        builder.Services.AddOptions<PublicLinkOptions>()
            .BindConfiguration(PublicLinkOptions.SectionName)
            .Validate(o => string.IsNullOrEmpty(o.BaseUrl) || PublicLinkOptions.IsAbsoluteHttp(o.BaseUrl),
                "Public:BaseUrl must be an absolute http(s) URL.")
            .Validate(o => !production || !string.IsNullOrEmpty(o.BaseUrl),
                "Public:BaseUrl is required in Production (without demo data): printed verification links must not take their host from the request.")
            .ValidateOnStart();
    }

    /// <summary>The base of printed links: <c>Public:BaseUrl</c>, else (outside Production) the request's own, already
    /// checked against <c>AllowedHosts</c> by host filtering.</summary>
    public static string PublicBaseUrl(this HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<PublicLinkOptions>>().Value.BaseUrl is { Length: > 0 } configured
            ? configured
            : $"{request.Scheme}://{request.Host}";
}
