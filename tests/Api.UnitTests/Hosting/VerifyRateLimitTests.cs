using System.Net;
using DoubleRandom.Api.Hosting;

namespace DoubleRandom.Api.UnitTests.Hosting;

/// <summary>The public verification's limit per address counts an IPv6 client by its /64 network.</summary>
public sealed class VerifyRateLimitTests
{
    [Theory]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64")]
    [InlineData("::ffff:198.51.100.7", "198.51.100.7")]
    [InlineData("198.51.100.7", "198.51.100.7")]
    public void An_IPv6_client_is_counted_by_its_64_network_and_IPv4_by_its_address(string address, string key) =>
        Assert.Equal(key, VerifyRateLimit.AddressKey(IPAddress.Parse(address)));
}
