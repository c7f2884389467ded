using System.Net;
using DoubleRandom.Infrastructure;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Api.Security;

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
        builder.Services.AddValidatedOptions<ProxyOptions>(ProxyOptions.SectionName)
            .Validate(o => o.AreValid(), "ForwardedHeaders:KnownProxies must hold addresses and ForwardedHeaders:KnownNetworks CIDR networks.");
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxy) =>
        {
            var proxies = proxy.Value.KnownProxies.Select(IPAddress.Parse).ToList();
            var networks = proxy.Value.KnownNetworks.Select(System.Net.IPNetwork.Parse).ToList();
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
        builder.Services.AddValidatedOptions<PublicLinkOptions>(PublicLinkOptions.SectionName)
            .Validate(o => string.IsNullOrEmpty(o.BaseUrl) || PublicLinkOptions.IsAbsoluteHttp(o.BaseUrl),
                "Public:BaseUrl must be an absolute http(s) URL.")
            .Validate(o => !production || !string.IsNullOrEmpty(o.BaseUrl),
                "Public:BaseUrl is required in Production (without demo data): printed verification links must not take their host from the request.");
    }

    /// <summary>The base of printed links: <c>Public:BaseUrl</c>, else (outside Production) the request's own, already
    /// checked against <c>AllowedHosts</c> by host filtering.</summary>
    public static string PublicBaseUrl(this HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<PublicLinkOptions>>().Value.BaseUrl is { Length: > 0 } configured
            ? configured
            : $"{request.Scheme}://{request.Host}";
}
