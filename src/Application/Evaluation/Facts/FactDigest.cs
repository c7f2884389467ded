using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>
/// The data digest: SHA-256 (lower-case hex) of the facts without the request, as UTF-8 JSON written by System.Text.Json
/// with fixed options — members in declaration order, enums by name, numbers shortest round-trip, dates ISO 8601 — over
/// lists the fact source has put in a deterministic order. Unchanged data gives the same bytes; any changed fact changes them.
/// </summary>
internal static class FactDigest
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(EvaluationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var canonical = new
        {
            Schema = "facts-1",
            facts.Samples,
            facts.Strata,
            facts.Population,
            facts.Tasks,
            facts.Items,
            facts.FollowUps,
            facts.Publications,
            facts.Officers,
            facts.LambdaBins,
            facts.Labels,
            facts.Model,
            facts.ExcludedWithoutLambda,
        };
        using var sha = SHA256.Create();
        using (var stream = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write))
        {
            JsonSerializer.Serialize(stream, canonical, Options);
        }

        return Convert.ToHexStringLower(sha.Hash!);
    }
}
