using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Common;

namespace DoubleRandom.Application.Auditing;

/// <summary>
/// Entries written before secrets were kept out of payloads (hash version 1, issue #11) may still hold a password hash, a
/// security stamp, a token hash or a draw's encrypted secret. They cannot be redacted (their hash covers the payload), so
/// every reader through the service — the entries list, operations and the CSV export — is shown the properties marked
/// <see cref="AuditSecretAttribute"/> as <see cref="AuditSecrets.Redacted"/>, exactly as newer entries store them. The
/// stored text is unchanged, so <c>audit-verify</c> and the database still prove the chain.
/// </summary>
public static class LegacySecretMask
{
    /// <summary>Entity type name (as entries record it) → JSON member names of its secret properties.</summary>
    private static readonly FrozenDictionary<string, string[]> SecretMembers = typeof(Entity).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false })
        .Select(t => (t.Name, Members: t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(AuditSecrets.IsSecret).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToArray()))
        .Where(t => t.Members.Length > 0)
        .GroupBy(t => t.Name, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.SelectMany(t => t.Members).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The payload as readers see it: unchanged unless it is a version 1 entry of a type with secrets.</summary>
    public static string? Apply(int hashVersion, string entityType, string? payload)
    {
        if (payload is null || hashVersion != 1 || !SecretMembers.TryGetValue(entityType, out var members))
        {
            return payload;
        }

        JsonObject? json;
        try
        {
            json = JsonNode.Parse(payload) as JsonObject;
        }
        catch (JsonException)
        {
            return payload;
        }

        if (json is null)
        {
            return payload;
        }

        var masked = false;
        foreach (var member in members)
        {
            if (json[member] is { } value
                && !(value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is AuditSecrets.Redacted or AuditSecrets.RedactedChanged))
            {
                json[member] = AuditSecrets.Redacted;
                masked = true;
            }
        }

        return masked ? json.ToJsonString(Output) : payload;
    }
}
