using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Domain.Tests.Auditing;

/// <summary>
/// Hash version 2 (docs/audit.md): the chain covers a digest of the payload, so a payload can be redacted and the
/// chain still verifies. The expected digests were computed outside .NET (Python's hashlib over the literal texts).
/// </summary>
public sealed class AuditPayloadDigestTests
{
    private const string Nonce = "5b0c7a52-3f1e-4d6a-9c1b-2e8f0a4d7c31";

    private const string Payload =
        """{"nonce":"5b0c7a52-3f1e-4d6a-9c1b-2e8f0a4d7c31","before":{"name":"旧\"名\n","version":1},"after":{"name":"新名","version":2},"reason":null}""";

    private const string PayloadDigest = "6da42e62b1abea5cce42e8c80ecd6486f4dbb52d24038ceefc172d48eb0ef530";

    private const string Canonical =
        """{"v":2,"seq":1,"at":"2026-11-26T01:02:03.456789Z","actorId":null,"actorName":"张三","actorRoles":["admin","operator"],"unitId":"0193d2a0-0000-7000-8000-0000000000aa","action":"update","entityType":"BranchUnit","entityId":"0193d2a0-0000-7000-8000-000000000001","payloadDigest":"6da42e62b1abea5cce42e8c80ecd6486f4dbb52d24038ceefc172d48eb0ef530","requestId":"req-1","clientAddress":"127.0.0.1"}""";

    private const string Hash = "2784a8af7db970b458ac7a04ee83bd91b76f2825bad8b9b3aa8864ea1af6af38";

    private static readonly DateTime At = new DateTime(2026, 11, 26, 1, 2, 3, DateTimeKind.Utc).AddTicks(4_567_894);

    private static readonly AuditActor Actor = new(
        "张三", null, ["operator", "admin"], Guid.Parse("0193d2a0-0000-7000-8000-0000000000aa"), "req-1", "127.0.0.1");

    private static AuditDraft Update() => new(AuditDraft.Update, "BranchUnit", "0193d2a0-0000-7000-8000-000000000001",
        CanonicalJson.Object([new("version", 1), new("name", "旧\"名\n")]),
        CanonicalJson.Object([new("name", "新名"), new("version", 2)]));

    private static AuditEntry Read(long sequence, string prevHash, int version = AuditHash.CurrentVersion) =>
        AuditEntry.Chain(new AuditDraft(AuditDraft.Read, "User", "u1", null, null, "为张三的投诉导出"), Actor, sequence, At, prevHash, version);

    private static AuditEntry Redaction(long sequence, string prevHash, long redacted) => AuditEntry.Chain(
        new AuditDraft(AuditRedaction.Action, AuditRedaction.EntityType, redacted.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null, CanonicalJson.Object([new("sequence", redacted)]), "《个人信息保护法》第四十七条"),
        Actor, sequence, At, prevHash);

    private static ChainVerdict Verify(params AuditEntry[] entries)
    {
        var verifier = new AuditChainVerifier([]);
        foreach (var entry in entries)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result();
    }

    [Fact]
    public void A_version_2_entry_chains_the_documented_payload_digest_instead_of_the_payload()
    {
        var entry = AuditEntry.Chain(Update(), Actor, 1, At, AuditHash.Genesis, AuditHash.CurrentVersion, Nonce);

        Assert.Equal(Payload, AuditHash.CanonicalPayload(entry.PayloadNonce, entry.Before, entry.After, entry.Reason));
        Assert.Equal(PayloadDigest, entry.PayloadDigest);
        Assert.Equal(Canonical, AuditHash.CanonicalEntry(entry));
        Assert.Equal(Hash, entry.Hash);
    }

    [Fact]
    public void New_entries_are_version_2_with_a_fresh_random_nonce_each()
    {
        var a = AuditEntry.Chain(Update(), Actor, 1, At, AuditHash.Genesis);
        var b = AuditEntry.Chain(Update(), Actor, 1, At, AuditHash.Genesis);

        Assert.Equal((2, 2), (a.HashVersion, b.HashVersion));
        Assert.NotEqual(a.PayloadNonce, b.PayloadNonce);
        Assert.NotEqual(a.PayloadDigest, b.PayloadDigest);
        Assert.Equal('4', a.PayloadNonce![14]);
    }

    [Fact]
    public void A_chain_of_version_1_entries_followed_by_version_2_entries_verifies()
    {
        var v1 = Read(1, AuditHash.Genesis, AuditHash.Version);
        var v1b = Read(2, v1.Hash, AuditHash.Version);
        var v2 = Read(3, v1b.Hash);
        var v2b = Read(4, v2.Hash);

        var verdict = Verify(v1, v1b, v2, v2b);

        Assert.True(verdict.Intact, verdict.Break?.Kind);
        Assert.Equal((4L, 0L), (verdict.Length, verdict.Redacted));
        Assert.Null(v1.PayloadDigest);
    }

    [Fact]
    public void A_redacted_entry_still_verifies_and_is_counted_once_its_record_follows()
    {
        var first = Read(1, AuditHash.Genesis);
        var second = Read(2, first.Hash);
        var record = Redaction(3, second.Hash, 1);
        var tombstone = first.ToTombstone(At, "admin", "《个人信息保护法》第四十七条", 3);

        var verdict = Verify(tombstone, second, record);

        Assert.True(verdict.Intact, verdict.Break?.Kind);
        Assert.Equal((3L, 1L), (verdict.Length, verdict.Redacted));
        Assert.Null(tombstone.Reason);
        Assert.Equal(first.Hash, tombstone.Hash);
    }

    [Fact]
    public void A_tombstone_without_its_record_is_a_redaction_outside_the_audited_path()
    {
        var first = Read(1, AuditHash.Genesis);
        var second = Read(2, first.Hash);

        var missing = Verify(first.ToTombstone(At, "admin", "r", 3), second);
        Assert.Equal((1L, ChainBreak.RedactionInvalid), (missing.Break!.Sequence, missing.Break.Kind));
        Assert.False(missing.Intact);

        // Pointing at an entry that is not the redaction of this sequence.
        var wrong = Verify(first.ToTombstone(At, "admin", "r", 2), second);
        Assert.Equal((1L, ChainBreak.RedactionInvalid), (wrong.Break!.Sequence, wrong.Break.Kind));
    }

    [Fact]
    public void An_edited_payload_or_a_removed_tombstone_marker_breaks_at_the_entry()
    {
        var first = Read(1, AuditHash.Genesis);
        var edited = AuditEntry.Chain(new AuditDraft(AuditDraft.Read, "User", "u1", null, null, "别的理由"), Actor, 1, At,
            AuditHash.Genesis, AuditHash.CurrentVersion, first.PayloadNonce);
        // Same digest and hash as the honest entry (as a forger copying them would leave), another payload.
        var forged = ReplaceDigestAndHash(edited, first);

        var verdict = Verify(forged);
        Assert.Equal((1L, ChainBreak.PayloadMismatch), (verdict.Break!.Sequence, verdict.Break.Kind));

        // A tombstone on a version 1 entry: version 1 hashes the payload itself, so it cannot be redacted.
        var v1 = Read(1, AuditHash.Genesis, AuditHash.Version);
        var record = Redaction(2, v1.Hash, 1);
        var v1Tombstone = Verify(v1.ToTombstone(At, "admin", "r", 2), record);
        Assert.False(v1Tombstone.Intact);
        Assert.Equal(1L, v1Tombstone.Break!.Sequence);
    }

    private static AuditEntry ReplaceDigestAndHash(AuditEntry target, AuditEntry source)
    {
        foreach (var name in new[] { nameof(AuditEntry.PayloadDigest), nameof(AuditEntry.Hash) })
        {
            typeof(AuditEntry).GetProperty(name)!.SetValue(target, typeof(AuditEntry).GetProperty(name)!.GetValue(source));
        }

        return target;
    }
}
