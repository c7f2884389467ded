using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Domain.Tests.Auditing;

/// <summary>
/// The canonical form and hash as docs/audit.md defines them. The expected digests were computed outside
/// .NET (Python's hashlib over the literal canonical text), so an outsider's implementation can check itself here.
/// </summary>
public sealed class AuditHashTests
{
    private const string FirstCanonical =
        """{"v":1,"seq":1,"at":"2026-11-26T01:02:03.456789Z","actorId":null,"actorName":"张三","actorRoles":["admin","operator"],"unitId":"0193d2a0-0000-7000-8000-0000000000aa","action":"update","entityType":"BranchUnit","entityId":"0193d2a0-0000-7000-8000-000000000001","before":{"name":"旧\"名\n","version":1},"after":{"name":"新名","version":2},"reason":null,"requestId":"req-1","clientAddress":"127.0.0.1"}""";

    private const string FirstHash = "3e7b3ec76ae0f368a5601d9815a6aa3488789873c635d2e32962d9d72c50ad6a";
    private const string SecondHash = "d8c1748547edad4b88ea89c08ca37564c794afb42b96e1d156a317c60aab4a64";

    // 100 ns past the microsecond: the trail keeps microseconds, as PostgreSQL does.
    private static readonly DateTime At = new DateTime(2026, 11, 26, 1, 2, 3, DateTimeKind.Utc).AddTicks(4_567_894);

    private static readonly AuditActor Actor = new(
        "张三", null, ["operator", "admin"], Guid.Parse("0193d2a0-0000-7000-8000-0000000000aa"), "req-1", "127.0.0.1");

    private static AuditEntry First() => AuditEntry.Chain(
        new AuditDraft(AuditDraft.Update, "BranchUnit", "0193d2a0-0000-7000-8000-000000000001",
            CanonicalJson.Object([new("version", 1), new("name", "旧\"名\n")]),
            CanonicalJson.Object([new("name", "新名"), new("version", 2)])),
        Actor, 1, At, AuditHash.Genesis, AuditHash.Version);

    [Fact]
    public void The_canonical_entry_is_the_documented_text()
    {
        Assert.Equal(FirstCanonical, AuditHash.CanonicalEntry(First()));
    }

    [Fact]
    public void Each_hash_covers_the_previous_hash_and_the_canonical_entry()
    {
        var first = First();
        var second = AuditEntry.Chain(
            new AuditDraft(AuditDraft.Read, "BranchUnit", "0193d2a0-0000-7000-8000-000000000001", null, null, "复核"),
            Actor, 2, At, first.Hash, AuditHash.Version);

        Assert.Equal(FirstHash, first.Hash);
        Assert.Equal(first.Hash, second.PrevHash);
        Assert.Equal(SecondHash, second.Hash);
    }

    [Fact]
    public void Canonical_json_sorts_members_escapes_minimally_and_spells_each_value_one_way()
    {
        var json = CanonicalJson.Object(
        [
            new("b", 1.50m), new("a", "x\u0001\t/é"), new("B", true), new("id", Guid.Parse("0193D2A0-0000-7000-8000-0000000000AA")),
            new("at", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1_234_567)), new("none", null),
            new("day", new DateOnly(2026, 1, 2)), new("list", new[] { 3, 1 }),
        ]);

        Assert.Equal(
            """{"B":true,"a":"x\u0001\t/é","at":"2026-01-02T03:04:05.123456Z","b":"1.5","day":"2026-01-02","id":"0193d2a0-0000-7000-8000-0000000000aa","list":[3,1],"none":null}""",
            json);
    }

    [Fact]
    public void Small_byte_arrays_are_recorded_in_base64_and_large_ones_by_digest_and_length()
    {
        var small = new byte[CanonicalJson.InlineBytesLimit];
        var large = new byte[CanonicalJson.InlineBytesLimit + 1];
        large[0] = 1;

        var json = CanonicalJson.Object([new("small", small), new("large", large)]);

        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(large));
        Assert.Equal(
            $$"""{"large":"sha256:{{digest}};bytes:1025","small":"{{Convert.ToBase64String(small)}}"}""",
            json);
        Assert.Equal(64, digest.Length);
    }

    [Fact]
    public void The_verifier_names_the_first_broken_link()
    {
        var first = First();
        var second = AuditEntry.Chain(new AuditDraft(AuditDraft.Read, "Draw", "d1", null, null, "r"), Actor, 2, At, first.Hash);
        var third = AuditEntry.Chain(new AuditDraft(AuditDraft.Read, "Draw", "d1", null, null, "r"), Actor, 3, At, second.Hash);

        var intact = new AuditChainVerifier([]);
        Assert.True(intact.Accept(first) && intact.Accept(second) && intact.Accept(third));
        Assert.Equal((true, 3L, third.Hash), (intact.Result().Intact, intact.Result().HeadSequence, intact.Result().HeadHash));

        var gap = new AuditChainVerifier([]);
        Assert.True(gap.Accept(first));
        Assert.False(gap.Accept(third));
        Assert.Equal((2L, ChainBreak.SequenceGap), (gap.Break!.Sequence, gap.Break.Kind));

        var forged = AuditEntry.Chain(new AuditDraft(AuditDraft.Read, "Draw", "d1", null, null, "r"), Actor, 2, At, AuditHash.Genesis);
        var fork = new AuditChainVerifier([]);
        Assert.True(fork.Accept(first));
        Assert.False(fork.Accept(forged));
        Assert.Equal((2L, ChainBreak.PrevHashMismatch), (fork.Break!.Sequence, fork.Break.Kind));
    }

    [Fact]
    public void The_verifier_starts_after_a_checkpoint_and_refuses_time_running_backwards()
    {
        var first = First();
        var second = AuditEntry.Chain(new AuditDraft(AuditDraft.Read, "Draw", "d1", null, null, "r"), Actor, 2, At, first.Hash);
        var checkpoint = new AuditCheckpoint(1, first.Hash, first.OccurredAtUtc, At, "admin", "archive.csv", null);

        var resumed = new AuditChainVerifier([checkpoint]);
        Assert.True(resumed.Accept(second));
        Assert.Equal((true, 1L, 2L), (resumed.Result().Intact, resumed.Result().StartCheckpoint!.Value, resumed.Result().HeadSequence));

        var backwards = AuditEntry.Chain(new AuditDraft(AuditDraft.Read, "Draw", "d1", null, null, "r"), Actor, 2, At.AddSeconds(-1), first.Hash);
        var regression = new AuditChainVerifier([]);
        Assert.True(regression.Accept(first));
        Assert.False(regression.Accept(backwards));
        Assert.Equal((2L, ChainBreak.TimeRegression), (regression.Break!.Sequence, regression.Break.Kind));
    }
}
