using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Drawing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>
/// <c>POST /public/draws/verify</c> and <c>verify --published</c> say "verified" only for a revealed bundle that
/// recomputes and is what was published; a self-consistent forgery (real s, other entropy) is named; the anonymous
/// endpoint is limited in concurrency and per address.
/// </summary>
public sealed class PublicVerifyTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Verify = "/api/v1/public/draws/verify";

    /// <summary>A real draw, prepared, executed, sealed and revealed; its published bundle.</summary>
    private async Task<(Guid DrawId, string BundleJson)> RevealedDrawAsync()
    {
        var scenario = new DrawScenario(Fixture.Factory, Client);
        await scenario.SeedAsync();
        await Accounts.CreateUserAsync(Client, "sup-1", ["supervisor"]);
        var (taskId, drawId, _) = await scenario.SealedDrawAsync();
        (await Client.PostAsync($"/api/v1/tasks/{taskId}/close", null)).EnsureSuccessStatusCode();
        var bundle = await Fixture.Factory.CreateClient().GetAsync($"/api/v1/public/draws/{drawId}/bundle");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        return (drawId, await bundle.Content.ReadAsStringAsync());
    }

    /// <summary>The real secret, other entropy, everything recomputed with the Domain engine: consistent in itself.</summary>
    private static Dr1Bundle Forge(Dr1Bundle real, string entropy)
    {
        var input = new Dr1Input(
            real.Parameters,
            [.. real.Targets.Select(l => Leaves.TryParseTarget(l, out var t) ? t : throw new FormatException(l))],
            [.. real.Officers.Select(l => Leaves.TryParseOfficer(l, out var o) ? o! : throw new FormatException(l))],
            [.. real.Recusals.Select(l => Leaves.TryParseRecusal(l, out var r) ? r! : throw new FormatException(l))]);
        var secret = Convert.FromHexString(real.Secret!);
        var forged = Dr1Bundle.Create(input, Dr1Engine.Run(input, secret, entropy), entropy, secret);
        Assert.True(BundleVerifier.Verify(forged).Verified);
        return forged;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string json)
    {
        using var document = await (await client.PostAsync(Verify, Http.JsonBody(json))).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Only_the_published_revealed_bundle_is_verified_and_one_without_its_secret_is_not_yet_verifiable()
    {
        var (_, json) = await RevealedDrawAsync();
        var anonymous = Fixture.Factory.CreateClient();

        var verified = await PostAsync(anonymous, json);
        Assert.True(verified.GetProperty("verified").GetBoolean());
        Assert.Equal("verified", verified.GetProperty("status").GetString());
        Assert.True(verified.GetProperty("secretRevealed").GetBoolean());

        var withoutSecret = (Dr1Bundle.Parse(json) with { Secret = null }).ToJson();
        var notYet = await PostAsync(anonymous, withoutSecret);
        Assert.False(notYet.GetProperty("verified").GetBoolean());
        Assert.Equal("secret-not-revealed", notYet.GetProperty("status").GetString());
        Assert.False(notYet.GetProperty("secretRevealed").GetBoolean());
    }

    [Fact]
    public async Task A_self_consistent_forgery_is_named_by_the_endpoint_and_by_verify_published_against_the_service()
    {
        var (drawId, json) = await RevealedDrawAsync();
        var real = Dr1Bundle.Parse(json);
        var forgery = Forge(real, "2-7-1-8-2-8");
        var anonymous = Fixture.Factory.CreateClient();

        var refused = await PostAsync(anonymous, forgery.ToJson());
        Assert.False(refused.GetProperty("verified").GetBoolean());
        Assert.Equal("differs-from-published", refused.GetProperty("status").GetString());
        Assert.True(refused.GetProperty("secretRevealed").GetBoolean());
        Assert.Equal("digests.entropy", refused.GetProperty("field").GetString());
        Assert.Equal(forgery.Digests.Entropy, refused.GetProperty("bundleSays").GetString());
        Assert.Equal(real.Digests.Entropy, refused.GetProperty("published").GetString());

        // The command, given the public JSON of the draw by URL (fetched over HTTP from the service) or as a file.
        var folder = Directory.CreateTempSubdirectory("doublerandom-forgery-").FullName;
        try
        {
            var path = Path.Combine(folder, "forgery.json");
            await File.WriteAllTextAsync(path, forgery.ToJson());
            var url = new Uri(anonymous.BaseAddress!, $"/api/v1/public/draws/{drawId}").ToString();
            var (exit, output, error) = VerifyCli.Run([path, "--published", url, "--lang", "en"], Fixture.Factory.Server.CreateHandler());
            Assert.True(exit == 1, output + error);
            Assert.Contains($"digests.entropy differs from the published draw: bundle says {forgery.Digests.Entropy}, published {real.Digests.Entropy}", output, StringComparison.Ordinal);

            var publicJson = Path.Combine(folder, "draw.json");
            await File.WriteAllTextAsync(publicJson, await anonymous.GetStringAsync($"/api/v1/public/draws/{drawId}"));
            Assert.Equal(1, VerifyCli.Run([path, "--published", publicJson]).Exit);
            var realPath = Path.Combine(folder, "real.json");
            await File.WriteAllTextAsync(realPath, json);
            Assert.Equal(0, VerifyCli.Run([realPath, "--published", url], Fixture.Factory.Server.CreateHandler()).Exit);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_bundle_of_no_published_draw_is_not_published_and_messages_follow_the_language_asked_for()
    {
        var (_, json) = await RevealedDrawAsync();
        var real = Dr1Bundle.Parse(json);
        var anonymous = Fixture.Factory.CreateClient();

        var elsewhere = Forge(real with { Parameters = real.Parameters with { DrawId = Guid.NewGuid().ToString("N") } }, "1-1-2-3-5-8");
        var unknown = await PostAsync(anonymous, elsewhere.ToJson());
        Assert.Equal("not-published", unknown.GetProperty("status").GetString());
        Assert.False(unknown.GetProperty("verified").GetBoolean());

        var tampered = json.Replace(real.Result[0], real.Result[0] + "0", StringComparison.Ordinal);
        var chinese = await PostAsync(anonymous, tampered);
        Assert.Equal("mismatch", chinese.GetProperty("status").GetString());
        Assert.Equal("result[0]", chinese.GetProperty("field").GetString());
        Assert.Equal(real.Result[0] + "0", chinese.GetProperty("bundleSays").GetString());
        Assert.Equal(real.Result[0], chinese.GetProperty("recomputed").GetString());
        Assert.Equal($"result[0] 不一致：验证包为 {real.Result[0]}0，重新计算为 {real.Result[0]}", chinese.GetProperty("mismatch").GetString());

        var english = Fixture.Factory.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        Assert.Equal(
            $"result[0] differs: bundle says {real.Result[0]}0, recomputed {real.Result[0]}",
            (await PostAsync(english, tampered)).GetProperty("mismatch").GetString());
        var notYet = await PostAsync(english, (real with { Secret = null }).ToJson());
        Assert.StartsWith("Not yet verifiable", notYet.GetProperty("mismatch").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_verification_status()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var status = document["components"]!["schemas"]!["BundleVerificationStatus"]!;
        Assert.Equal(
            ["verified", "mismatch", "secret-not-revealed", "differs-from-published", "not-published"],
            status["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        var responses = document["paths"]![Verify]!["post"]!["responses"]!.AsObject();
        Assert.Contains("429", responses.Select(r => r.Key));
    }

    [Fact]
    public async Task A_bundle_trickled_in_gives_up_its_place_after_the_body_deadline_with_408()
    {
        var (_, json) = await RevealedDrawAsync();
        await using var factory = Fixture.Factory.WithWebHostBuilder(b => b
            .UseSetting("Public:VerifyConcurrency", "1").UseSetting("Public:VerifyQueueLimit", "0")
            .UseSetting("Public:VerifyPermitsPerMinute", "1000").UseSetting("Public:VerifyBodySeconds", "1"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Half the body, then nothing: the request answers 408 once the deadline passes, and the place is free again.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = await client.PostAsync(Verify, new GatedJson(json, gate.Task)).WaitAsync(TimeSpan.FromSeconds(60));
        gate.SetResult();
        var problem = await slow.ReadProblemAsync(HttpStatusCode.RequestTimeout);
        Assert.Equal("urn:doublerandom:problem:request-timeout", problem.Type);
        using var verified = await (await client.PostAsync(Verify, Http.JsonBody(json))).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("verified", verified.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_verification_beyond_the_running_and_queued_ones_gets_429_with_retry_after_at_once()
    {
        var (_, json) = await RevealedDrawAsync();
        await using var factory = Fixture.Factory.WithWebHostBuilder(b => b
            .UseSetting("Public:VerifyConcurrency", "1").UseSetting("Public:VerifyQueueLimit", "0")
            .UseSetting("Public:VerifyPermitsPerMinute", "1000").UseSetting("Public:VerifyRetryAfterSeconds", "7"));
        // No redirect handler: it would buffer the whole body before sending.
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // The first verification holds the only place: the service is reading its body (which it does only once it
        // holds the place) and the body stops there until the gate opens. A probe sent before the service took the place
        // would take it itself and have the first verification refused: so the probe waits for proof of the read.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var body = new GatedJson(json, gate.Task);
        var running = client.PostAsync(Verify, body);
        await body.ServerReading.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var refused = await client.PostAsync(Verify, Http.JsonBody("{}"));

        Assert.False(running.IsCompleted);
        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("urn:doublerandom:problem:too-many-requests", problem.Type);
        Assert.Equal(TimeSpan.FromSeconds(7), refused.Headers.RetryAfter?.Delta);

        gate.SetResult();
        using var verified = await (await running).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("verified", verified.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_bundle_with_bytes_that_are_not_UTF_8_is_a_400_problem_not_a_500()
    {
        var client = Fixture.Factory.CreateClient();
        byte[] body = [.. "{\"protocol\":\""u8, 0xFF, 0xFE, .. "\"}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var problem = await (await client.PostAsync(Verify, content)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("urn:doublerandom:problem:", problem.Type, StringComparison.Ordinal);
        Assert.StartsWith("验证包格式不正确", problem.Errors!["body"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_gets_its_permits_per_minute_then_429_with_retry_after()
    {
        await using var factory = Fixture.Factory.WithWebHostBuilder(b => b.UseSetting("Public:VerifyPermitsPerMinute", "2"));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        for (var i = 0; i < 2; i++)
        {
            await (await client.PostAsync(Verify, Http.JsonBody("{}"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        }

        var refused = await client.PostAsync(Verify, Http.JsonBody("{}"));
        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.StartsWith("Too many verifications", problem.Detail, StringComparison.Ordinal);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    /// <summary>A JSON body sent in two halves, the second only once the gate completes.</summary>
    /// <summary>
    /// A bundle whose body stops halfway until the gate opens. It starts with whitespace (valid before a JSON value) far
    /// larger than any transport buffer (the test server's request pipe pauses its writer at 64 KB): once all of it is
    /// written the service has read most of it, so it is inside the endpoint, past the rate limiter.
    /// </summary>
    private sealed class GatedJson : HttpContent
    {
        private const int PaddingBytes = 1 << 20;

        private readonly byte[] _bytes;
        private readonly Task _gate;

        public GatedJson(string json, Task gate)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            _gate = gate;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        public TaskCompletionSource ServerReading { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var spaces = new byte[16 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var written = 0; written < PaddingBytes; written += spaces.Length)
            {
                await stream.WriteAsync(spaces);
                await stream.FlushAsync();
            }

            var half = _bytes.Length / 2;
            await stream.WriteAsync(_bytes.AsMemory(0, half));
            await stream.FlushAsync();
            ServerReading.TrySetResult();
            await _gate;
            await stream.WriteAsync(_bytes.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = PaddingBytes + _bytes.Length;
            return true;
        }
    }
}
