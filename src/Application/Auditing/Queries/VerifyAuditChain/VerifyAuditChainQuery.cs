using Mediator;

namespace DoubleRandom.Application.Auditing.Queries.VerifyAuditChain;

/// <summary>Walks the whole audit trail (streamed) and reports the first broken link, or its length and head.</summary>
public sealed record VerifyAuditChainQuery : IQuery<AuditVerificationDto>;
