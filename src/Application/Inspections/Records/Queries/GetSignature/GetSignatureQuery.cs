using Mediator;

namespace DoubleRandom.Application.Inspections.Records.Queries.GetSignature;

/// <summary>The target's signature image of a record (whoever may read the record).</summary>
public sealed record GetSignatureQuery(Guid Id) : IQuery<SignatureFile>;
