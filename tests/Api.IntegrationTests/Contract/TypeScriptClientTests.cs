using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Draws;
using DoubleRandom.Api.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Contract;

/// <summary>
/// The front-end contract, tried as a front-end team would: the real service on a real port, a client generated from
/// the document it serves (openapi-typescript + openapi-fetch), compiled with tsc --strict (no cast, no non-null
/// assertion, no any), the refusals rejected by the compiler, and the whole draw run with node against the service.
/// </summary>
public sealed class TypeScriptClientTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task A_typed_client_generated_from_the_served_document_compiles_strictly_refuses_bad_requests_and_runs_a_whole_draw()
    {
        // The roster a bureau would have imported (a unit, two departments, officers, targets); everything else — the
        // administrator's first sign-in, users, item, task, draw, publication — goes through the API from TypeScript.
        await new DrawScenario(Fixture.Factory, Client).SeedAsync(officers: 14);
        var created = await Client.PostJsonAsync("/api/v1/users", new { userName = "ts-admin", displayName = "前端管理员", roles = new[] { "administrator" } });
        using var admin = await created.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var temporaryPassword = admin.RootElement.GetProperty("temporaryPassword").GetString();
        Assert.False(string.IsNullOrEmpty(temporaryPassword));

        await using var service = Fixture.CreateFactory();
        service.UseKestrel(0);
        service.StartServer();
        var baseUrl = service.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .First().TrimEnd('/');

        var output = ContractTools.Out;
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(output);
        using (var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) })
        {
            var document = await http.GetAsync($"{baseUrl}/swagger/v1/swagger.json");
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            await File.WriteAllTextAsync(Path.Combine(output, "openapi.json"), await document.Content.ReadAsStringAsync());
        }

        await ContractTools.RunOkAsync("openapi-typescript", ContractTools.Bin("openapi-typescript"),
            ["out/openapi.json", "--output", "out/schema.d.ts"]);
        await ContractTools.RunOkAsync("tsc -p tsconfig.json (the draw flow)", ContractTools.Bin("tsc"), ["-p", "tsconfig.json"]);
        await ContractTools.RunOkAsync(
            "tsc -p tsconfig.refusals.json (each refusal must be a compile error under its @ts-expect-error)",
            ContractTools.Bin("tsc"), ["-p", "tsconfig.refusals.json"]);
        var run = await ContractTools.RunOkAsync("node out/dist/draw-flow.js", "node", ["out/dist/draw-flow.js"], new Dictionary<string, string>
        {
            ["DR_BASE_URL"] = baseUrl, ["DR_ADMIN_USER"] = "ts-admin", ["DR_ADMIN_PASSWORD"] = temporaryPassword!,
        });
        Assert.Contains("draw flow complete", run, StringComparison.Ordinal);
    }
}
