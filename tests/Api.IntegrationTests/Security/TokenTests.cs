using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Api.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>Tokens the service did not issue, or no longer honours, are refused with 401 problem details.</summary>
public sealed class TokenTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private SymmetricSecurityKey RealKey => Fixture.Factory.Services.GetRequiredService<JwtSigning>().Key;

    private static string Sign(SecurityKey key, DateTime expires, string audience = JwtSigning.Audience, string algorithm = SecurityAlgorithms.HmacSha256) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtSigning.Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", Guid.NewGuid().ToString()), new Claim("name", "mallory"), new Claim("role", "administrator")]),
            IssuedAt = expires.AddMinutes(-10),
            NotBefore = expires.AddMinutes(-10),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });

    private static string Unsigned()
    {
        static string B64(string s) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(s));
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return $"{B64("""{"alg":"none","typ":"JWT"}""")}.{B64($$"""{"iss":"{{JwtSigning.Issuer}}","aud":"{{JwtSigning.Audience}}","sub":"x","name":"mallory","role":"administrator","exp":{{exp}}}""")}.";
    }

    public static TheoryData<string> Forgeries() => ["wrong-key", "alg-none", "expired", "wrong-audience", "garbage"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_forged_or_expired_token_is_refused(string kind)
    {
        var token = kind switch
        {
            "wrong-key" => Sign(new SymmetricSecurityKey(new byte[32]), DateTime.UtcNow.AddMinutes(10)),
            "alg-none" => Unsigned(),
            "expired" => Sign(RealKey, DateTime.UtcNow.AddMinutes(-5)),
            "wrong-audience" => Sign(RealKey, DateTime.UtcNow.AddMinutes(10), audience: "someone-else"),
            _ => "not.a.token",
        };
        using var client = Fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.GetAsync("/api/v1/branch-units");
        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_key_with_a_valid_lifetime_is_not_enough_without_a_current_user_and_sign_in()
    {
        using var client = Fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Sign(RealKey, DateTime.UtcNow.AddMinutes(5)));
        await (await client.GetAsync("/api/v1/branch-units")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        using var issued = Fixture.Factory.CreateAdministratorClient();
        Assert.Equal(HttpStatusCode.OK, (await issued.GetAsync("/api/v1/branch-units")).StatusCode);
    }
}
