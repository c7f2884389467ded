using System.Security.Cryptography;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Draws;
using DoubleRandom.Infrastructure.Draws;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Hosting;

/// <summary>Every setting is a typed option checked at start: a bad value stops the service, naming the option.</summary>
public sealed class OptionsValidationTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Theory]
    [InlineData("Limits:MaxRequestBodyBytes", "0", "MaxRequestBodyBytes")]
    [InlineData("Attachments:MaxVideoBytes", "-1", "MaxVideoBytes")]
    [InlineData("Imports:MaxUploadBytes", "0", "MaxUploadBytes")]
    [InlineData("Auth:SignInPermitLimit", "0", "SignInPermitLimit")]
    [InlineData("Auth:PasswordHashIterations", "10", "PasswordHashIterations")]
    [InlineData("Audit:LinkSweepSeconds", "-5", "LinkSweepSeconds")]
    [InlineData("Public:VerifyConcurrency", "0", "VerifyConcurrency")]
    [InlineData("Public:MaxBundleBytes", "999999999999", "MaxBundleBytes")]
    [InlineData("Cors:AllowedOrigins:0", "not a url", "Cors:AllowedOrigins")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.0.0.300", "ForwardedHeaders:KnownProxies")]
    [InlineData("Auth:TrustedNetworks:0", "lan", "Auth:TrustedNetworks")]
    [InlineData("Auth:AccessTokenMinutes", "0", "Auth:AccessTokenMinutes")]
    [InlineData("Database:Provider", "oracle", "Database:Provider")]
    [InlineData("Auth:SigningKey", "c2hvcnQ=", "Auth:SigningKey")]
    [InlineData("Auth:SigningKey", "not base64!", "Auth:SigningKey")]
    [InlineData("Draws:SecretKey", "AAAAAAAAAAAAAAAAAAAAAA==", "Draws:SecretKey")]
    [InlineData("Draws:SecretKey", "not base64!", "Draws:SecretKey")]
    [InlineData("Logging:Json", "yes", "Logging:Json")]
    public async Task A_bad_value_stops_the_start_with_a_message_naming_the_option(string key, string value, string named)
    {
        await using var factory = Fixture.Factory.WithWebHostBuilder(b => b.UseSetting(key, value));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_keys_are_the_keys_used()
    {
        var signingKey = RandomNumberGenerator.GetBytes(48);
        var secretKey = RandomNumberGenerator.GetBytes(32);
        await using var factory = Fixture.Factory.WithWebHostBuilder(b => b
            .UseSetting("Auth:SigningKey", Convert.ToBase64String(signingKey))
            .UseSetting("Draws:SecretKey", Convert.ToBase64String(secretKey)));
        factory.CreateClient().Dispose();

        Assert.Equal(signingKey, factory.Services.GetRequiredService<JwtSigning>().Key.Key);
        var drawId = Guid.NewGuid();
        byte[] secret = [1, 2, 3];
        var sealedSecret = factory.Services.GetRequiredService<IDrawSecretProtector>().Protect(secret, drawId);
        Assert.Equal(secret, new DrawSecretProtector(secretKey).Unprotect(sealedSecret, drawId));
    }
}
