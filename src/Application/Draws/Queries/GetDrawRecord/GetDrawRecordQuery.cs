using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.GetDrawRecord;

/// <summary>The printable draw record of a sealed draw (§5.1): signed on paper by operator, supervisor and leader.</summary>
public sealed record GetDrawRecordQuery(Guid DrawId, string VerifyBaseUrl) : IQuery<byte[]>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}
