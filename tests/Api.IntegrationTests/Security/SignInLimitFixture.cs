using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>A host with a low sign-in limit and known proxies (an address and a network).</summary>
public sealed class SignInLimitFixture : PostgresApiFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Auth:SignInPermitLimit"] = "3",
        ["ForwardedHeaders:KnownProxies:0"] = "10.20.0.1",
        ["ForwardedHeaders:KnownNetworks:0"] = "10.30.0.0/16",
    };
}
