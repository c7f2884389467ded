using System.Text.Json;
using System.Text.RegularExpressions;
using DoubleRandom.Api.IntegrationTests.Draws;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Audit;

/// <summary>A secret or a credential never enters an audit payload: the trail is append-only, what it records stays.</summary>
public sealed partial class AuditSecretTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    /// <summary>Properties whose name looks secret but whose value is not, each with the reason.</summary>
    private static readonly Dictionary<string, string> NotSecret = new(StringComparer.Ordinal)
    {
        ["User.MustChangePassword"] = "a flag, no credential",
        ["User.PasswordChangedAtUtc"] = "a time, no credential",
        ["Draw.ParamsDigest"] = "published at prepare (the parameters' digest)",
        ["Draw.EntropyDigest"] = "published at execution (the witness entropy's digest)",
        ["Draw.ResultDigest"] = "published at execution (the sealed result's digest)",
        ["Draw.UniformShareBp"] = "the uniform share α of a score-mode draw (basis points), public; \"Sha\" only by its name",
        ["Draw.RevealedSecret"] = "s as published at reveal: null until then, public from the moment it is recorded",
        ["DrawAmendment.ResultDigest"] = "the published result digest the amendment refers to",
        ["DrawSnapshot.Data"] = "the frozen roster leaves (public after reveal); recorded as their SHA-256 and length, not the bytes",
        ["DrawAttachment.Sha256"] = "a content digest of an uploaded file, not a credential",
        ["ImportJob.FileSha256"] = "a content digest of an uploaded roster file, not a credential",
        ["IdempotentRequest.IdempotencyKey"] = "a request id the client chose, not a credential; the row is written with plain statements, never audited",
        ["IdempotentRequest.Body"] = "the stored answer to replay (what the caller was already sent); written with plain statements, never audited",
        ["InspectionRecord.SignatureSha256"] = "the content digest of the target's signature image (the image itself is never audited), not a credential",
        ["SummarySignature.ContentSha256"] = "the digest of the summary content a member signed, not a credential",
        ["TaskPublication.ResultsSha256"] = "the digest of the published rows (public data), not a credential",
        ["InspectionEvidence.Sha256"] = "a content digest of a piece of evidence (its stored name), not a credential",
        ["ResumableUpload.DeclaredSha256"] = "the digest a client declared for the file it uploads, not a credential",
        ["TaskArchive.Sha256"] = "the content digest of a task's archive ZIP (its name in the file store), not a credential",
        ["TaskArchive.ManifestSha256"] = "the digest of the archive's manifest: audited on purpose, so the hash chain holds it (ADR 0026)",
        ["RiskModel.FileSha256"] = "the content digest of a registry version's model file: audited on purpose in place of the bytes (ADR 0029)",
        ["RiskModelContent.Content"] = "a model file's bytes: audited through its RiskModel (IAuditedThroughOwner), which records their SHA-256 and size",
        ["EvaluationReportFile.Content"] = "a report document's bytes: audited through its job (IAuditedThroughOwner), whose report.generate entry records their SHA-256 and size",
        ["EvaluationReportFile.Sha256"] = "the content digest of a report document: recorded on purpose in report.generate in place of the bytes (ADR 0035)",
        ["EvaluationReportJob.DataDigest"] = "the SHA-256 of a report's facts (part of its fingerprint): audited on purpose, not a credential (ADR 0035)",
    };

    /// <summary>The trail's own records are not captured into payloads (AuditCapture skips them).</summary>
    private static readonly HashSet<string> NotCaptured = new(StringComparer.Ordinal) { nameof(AuditEntry), nameof(AuditCheckpoint) };

    [GeneratedRegex("password|hash|sha|digest|stamp|secret|token|key|salt|nonce|credential|cipher|crypt|otp", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLooking();

    [Fact]
    public async Task Every_secret_looking_property_of_every_entity_type_is_marked_or_allowed_with_a_reason()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
        var unmarked = new List<string>();
        var allowedSeen = new HashSet<string>(StringComparer.Ordinal);
        var marked = new List<string>();
        foreach (var entity in model.GetEntityTypes().Where(e => !NotCaptured.Contains(e.ClrType.Name)))
        {
            foreach (var property in Walk(entity))
            {
                var name = $"{property.DeclaringType.ClrType.Name}.{property.Name}";
                var secret = AuditSecrets.IsSecret(property.PropertyInfo);
                if (secret)
                {
                    marked.Add(name);
                    Assert.False(NotSecret.ContainsKey(name), $"{name} is marked [AuditSecret] and allowed: choose one.");
                }
                else if (NotSecret.ContainsKey(name))
                {
                    allowedSeen.Add(name);
                }
                else if (SecretLooking().IsMatch(property.Name) || property.ClrType == typeof(byte[]))
                {
                    unmarked.Add(name);
                }
            }
        }

        Assert.True(unmarked.Count == 0, $"Secret-looking properties neither marked [AuditSecret] nor allowed with a reason: {string.Join(", ", unmarked)}");
        Assert.Equal(NotSecret.Keys.Order(StringComparer.Ordinal), allowedSeen.Order(StringComparer.Ordinal)); // no stale allowances
        Assert.Equal(
            ["Draw.EncryptedSecret", "RefreshToken.SecurityStamp", "RefreshToken.TokenHash", "User.PasswordHash", "User.SecurityStamp"],
            marked.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<IReadOnlyPropertyBase> Walk(ITypeBase type)
    {
        foreach (var property in type.GetProperties())
        {
            yield return property;
        }

        foreach (var complex in type.GetComplexProperties())
        {
            yield return complex;
            foreach (var inner in Walk(complex.ComplexType))
            {
                yield return inner;
            }
        }
    }

    [Fact]
    public async Task Password_changes_sign_ins_and_draws_leave_no_secret_in_any_audit_payload()
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync();
        await Accounts.CreateUserAsync(Client, "sup-1", ["supervisor"]);
        var aliceId = await Accounts.CreateUserAsync(Client, "alice", ["leader"]);
        var tokens = await Accounts.LoginAsync(Fixture.Factory.CreateClient(), "alice");
        using var alice = Fixture.Factory.WithToken(tokens.GetProperty("accessToken").GetString()!);
        (await alice.PostJsonAsync("/api/v1/auth/change-password", new { currentPassword = Accounts.Password, newPassword = "An0ther!Passw0rd" }))
            .EnsureSuccessStatusCode();
        (await Client.PostAsync($"/api/v1/users/{aliceId}/reset-password", null)).EnsureSuccessStatusCode();
        var (_, drawId, _) = await s.SealedDrawAsync();

        // Every secret value the database holds now, and the markers the trail must show instead.
        var secrets = new List<string>();
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var user in await db.Users.AsNoTracking().ToListAsync())
            {
                secrets.AddRange([user.PasswordHash, user.SecurityStamp]);
            }

            foreach (var token in await db.RefreshTokens.AsNoTracking().ToListAsync())
            {
                secrets.AddRange([token.TokenHash, token.SecurityStamp]);
            }

            var draw = await db.Draws.AsNoTracking().SingleAsync(d => d.Id == drawId);
            secrets.Add(Convert.ToBase64String(draw.EncryptedSecret));
        }

        Assert.True(secrets.Count >= 9); // two users, two refresh tokens (two values each), one draw
        var payloads = await PayloadsAsync();
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(payloads, p => p.Json.Contains(secret, StringComparison.Ordinal));
        }

        // The fields are there, as markers: a change to a secret is visible, its value is not.
        var userEntries = payloads.Where(p => p.EntityType == nameof(User) && p.EntityId == aliceId.ToString()).ToList();
        Assert.Equal(AuditSecrets.Redacted, Member(userEntries[0].After!, "passwordHash"));
        var passwordChanges = userEntries.Where(p => p.Action == "update" && Member(p.After!, "passwordHash") == AuditSecrets.RedactedChanged).ToList();
        Assert.Equal(2, passwordChanges.Count); // the user's own change and the administrator's reset
        Assert.All(passwordChanges, p =>
        {
            Assert.Equal(AuditSecrets.Redacted, Member(p.Before!, "passwordHash"));
            Assert.Equal(AuditSecrets.RedactedChanged, Member(p.After!, "securityStamp"));
        });
        var signIns = payloads.Where(p => p.EntityType == nameof(RefreshToken) && p.Action == "create").ToList();
        Assert.NotEmpty(signIns);
        Assert.All(signIns, p => Assert.Equal(AuditSecrets.Redacted, Member(p.After!, "tokenHash")));
        var drawCreate = Assert.Single(payloads, p => p.EntityType == nameof(Draw) && p.Action == "create");
        Assert.Equal(AuditSecrets.Redacted, Member(drawCreate.After!, "encryptedSecret"));
        Assert.Contains(payloads, p => p.EntityType == nameof(Draw) && p.Action == "update" && Member(p.After!, "encryptedSecret") == AuditSecrets.Redacted);
    }

    private static string? Member(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty(name).GetString();
    }

    private sealed record Payload(string EntityType, string EntityId, string Action, string? Before, string? After)
    {
        public string Json => $"{Before}{After}";
    }

    /// <summary>Every payload in the table, read with SQL (not through the API, which may filter).</summary>
    private async Task<List<Payload>> PayloadsAsync()
    {
        (await Client.GetAsync("/api/v1/audit/verify")).EnsureSuccessStatusCode(); // links what is still staged
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT entity_type, entity_id, action, before, after FROM audit_entries ORDER BY sequence", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var payloads = new List<Payload>();
        while (await reader.ReadAsync())
        {
            payloads.Add(new Payload(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return payloads;
    }
}
