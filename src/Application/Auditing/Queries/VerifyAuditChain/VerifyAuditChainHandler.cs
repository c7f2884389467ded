using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Auditing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing.Queries.VerifyAuditChain;

public sealed class VerifyAuditChainHandler(IApplicationDbContext db, IAuditChainLinker linker) : IQueryHandler<VerifyAuditChainQuery, AuditVerificationDto>
{
    public async ValueTask<AuditVerificationDto> Handle(VerifyAuditChainQuery query, CancellationToken cancellationToken)
    {
        await linker.LinkCommittedAsync(cancellationToken);
        var verifier = new AuditChainVerifier(await db.AuditCheckpoints.ToListAsync(cancellationToken));
        await foreach (var entry in db.AuditEntries.OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        var v = verifier.Result();
        return new AuditVerificationDto(
            v.Intact, v.Length, v.FirstSequence, v.HeadSequence, v.HeadHash, v.StartCheckpoint, v.Break, Describe(v), v.Redacted);
    }

    private static string Describe(ChainVerdict v) => v.Break switch
    {
        null => Text.Of($"审计链完整：共 {v.Length} 条（其中 {v.Redacted} 条内容已依法删除），链头序号 {v.HeadSequence}，哈希 {v.HeadHash}",
            $"The audit chain is intact: {v.Length} entries ({v.Redacted} with their payload redacted), head {v.HeadSequence} with hash {v.HeadHash}."),
        { Kind: ChainBreak.SequenceGap } b => Text.Of($"序号 {b.Sequence} 处断链：应为 {b.Expected}，实为 {b.Actual}（条目缺失或被删除）",
            $"Broken at sequence {b.Sequence}: expected {b.Expected}, found {b.Actual} (an entry is missing)."),
        { Kind: ChainBreak.PrevHashMismatch } b => Text.Of($"序号 {b.Sequence} 处断链：前序哈希不符（条目被调换、插入，或前一条被改写）",
            $"Broken at sequence {b.Sequence}: its previous hash does not match (entries reordered or inserted, or the predecessor rewritten)."),
        { Kind: ChainBreak.HashMismatch } b => Text.Of($"序号 {b.Sequence} 处断链：内容与哈希不符（条目被改动）",
            $"Broken at sequence {b.Sequence}: its content does not match its hash (the entry was altered)."),
        { Kind: ChainBreak.PayloadMismatch } b => Text.Of($"序号 {b.Sequence} 处断链：内容与链上摘要不符（内容被改动，或删除标记被撤去）",
            $"Broken at sequence {b.Sequence}: its payload does not match the digest the chain holds (payload altered, or a tombstone un-marked)."),
        { Kind: ChainBreak.RedactionInvalid } b => Text.Of($"序号 {b.Sequence} 处断链：删除记录无效（{b.Expected}；实为 {b.Actual}）",
            $"Broken at sequence {b.Sequence}: invalid redaction (expected {b.Expected}; found {b.Actual})."),
        { } b => Text.Of($"序号 {b.Sequence} 处断链：{b.Kind}，应为 {b.Expected}，实为 {b.Actual}",
            $"Broken at sequence {b.Sequence}: {b.Kind}, expected {b.Expected}, found {b.Actual}."),
    };
}
