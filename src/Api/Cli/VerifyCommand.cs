using System.Text.Json;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Api.Cli;

/// <summary>
/// <c>verify &lt;bundle.json&gt; [--published FILE|URL] [--lang zh|en]</c>: recomputes a published DR1 draw from its
/// bundle alone, with no database, so anyone can check a result; with <c>--published</c> it also compares the bundle
/// with what the service published for its draw (the JSON of <c>GET /api/v1/public/draws/{id}</c>, or the published
/// bundle), which a self-consistent forgery cannot match. Messages are Chinese unless <c>--lang en</c> or, without
/// <c>--lang</c>, <c>LANG</c> starts with <c>en</c>.
/// Exit 0 verified, 1 mismatch or differs from the published draw, 2 unreadable input or usage, 3 not yet verifiable
/// (the bundle carries no secret).
/// </summary>
internal static class VerifyCommand
{
    public const string Usage = "usage: verify <bundle.json> [--published FILE|URL] [--lang zh|en]";

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, HttpMessageHandler? http = null, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!TryParseArguments(args, out var bundlePath, out var publishedSource, out var lang))
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        var english = lang is not null
            ? lang.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            : (environment ?? Environment.GetEnvironmentVariable)("LANG")?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        string Say(string chinese, string englishText) => english ? englishText : chinese;

        Dr1Bundle bundle;
        try
        {
            bundle = Dr1Bundle.Parse(await File.ReadAllTextAsync(bundlePath!));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or Dr1BundleFormatException)
        {
            await stderr.WriteLineAsync(Say($"无法读取验证包 {bundlePath}：{ex.Message}", $"cannot read bundle {bundlePath}: {ex.Message}"));
            return 2;
        }

        PublishedDraw? published = null;
        if (publishedSource is not null)
        {
            try
            {
                published = PublishedJson.Read(await ReadSourceAsync(publishedSource, http));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or HttpRequestException
                                           or TaskCanceledException or JsonException or FormatException or KeyNotFoundException
                                           or InvalidOperationException)
            {
                await stderr.WriteLineAsync(Say(
                    $"无法读取公示记录 {publishedSource}：{ex.Message}", $"cannot read the published draw {publishedSource}: {ex.Message}"));
                return 2;
            }
        }

        var verdict = BundleVerifier.Verify(bundle, published);
        switch (verdict.Status)
        {
            case BundleVerificationStatus.Verified:
                await stdout.WriteLineAsync(published is not null
                    ? Say("已验证：与公示记录一致，并由秘密 s 重新计算一致", "verified: matches the published draw and recomputes from its secret")
                    : Say(
                        "已验证（仅自洽）：由秘密 s 重新计算一致；未与公示记录比对，请加 --published 以识别自洽的伪造",
                        "verified (self-consistent only): recomputes from its secret; not compared with the published draw, pass --published to catch a self-consistent forgery"));
                return 0;
            case BundleVerificationStatus.SecretNotRevealed:
                await stdout.WriteLineAsync(Say(
                    "尚不能验证：验证包不含秘密 s（抽取公开后才公布）；已核对的摘要一致",
                    "not yet verifiable: secret not revealed (it is published with the draw); the digests checked so far match"));
                return 3;
            default:
                var label = verdict.Status == BundleVerificationStatus.DiffersFromPublished
                    ? Say("与公示不一致", "differs from the published draw")
                    : Say("不一致", "mismatch");
                await stdout.WriteLineAsync($"{label}: {Say(verdict.Mismatch!.MessageZh, verdict.Mismatch.Message)}");
                return 1;
        }
    }

    private static bool TryParseArguments(IReadOnlyList<string> args, out string? bundle, out string? published, out string? lang)
    {
        bundle = published = lang = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--published" when i + 1 < args.Count && published is null:
                    published = args[++i];
                    break;
                case "--lang" when i + 1 < args.Count && lang is null && args[i + 1] is "zh" or "en":
                    lang = args[++i];
                    break;
                case var path when bundle is null && !path.StartsWith("--", StringComparison.Ordinal):
                    bundle = path;
                    break;
                default:
                    return false;
            }
        }

        return bundle is not null;
    }

    private static async Task<string> ReadSourceAsync(string source, HttpMessageHandler? http)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            using var client = http is null ? new HttpClient() : new HttpClient(http, disposeHandler: false);
            client.Timeout = TimeSpan.FromSeconds(100);
            client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            using var response = await client.GetAsync(uri);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }

        return await File.ReadAllTextAsync(source);
    }

    /// <summary>The published values from either document a verifier can get: the public draw JSON or the published bundle.</summary>
    private static class PublishedJson
    {
        public static PublishedDraw Read(string json)
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.TryGetProperty("protocol", out _) && root.TryGetProperty("digests", out _))
            {
                return PublishedDraw.From(Dr1Bundle.Parse(json));
            }

            return new PublishedDraw(
                Required(root, "id"), Required(root, "paramsDigest"), Required(root, "targetsRoot"), Required(root, "officersRoot"),
                Required(root, "recusalsRoot"), Required(root, "commitment"), Optional(root, "entropyDigest"), Optional(root, "resultDigest"),
                Optional(root, "secret"));
        }

        private static string Required(JsonElement root, string name) =>
            Optional(root, name) ?? throw new FormatException($"'{name}' is missing: not the JSON of a published draw");

        private static string? Optional(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
