using System.Net;

namespace DoubleRandom.Api.Security;

/// <summary>
/// The <c>ForwardedHeaders</c> section: the reverse proxies whose <c>X-Forwarded-For</c>/<c>-Proto</c> are honoured, as
/// addresses (<c>KnownProxies</c>) or CIDR networks (<c>KnownNetworks</c>); none by default.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    public string[] KnownProxies { get; set; } = [];

    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Whether every entry parses (an address, a CIDR network).</summary>
    public bool AreValid() =>
        KnownProxies.All(p => IPAddress.TryParse(p, out _)) && KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _));
}
