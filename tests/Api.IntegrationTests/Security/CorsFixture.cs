using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>A host that allows one CORS origin.</summary>
public sealed class CorsFixture : PostgresApiFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Cors:AllowedOrigins:0"] = "https://app.example.cn",
    };
}
