using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Drawing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.VerifyBundle;

public sealed class VerifyBundleHandler(IApplicationDbContext db) : IQueryHandler<VerifyBundleQuery, BundleVerificationDto>
{
    public async ValueTask<BundleVerificationDto> Handle(VerifyBundleQuery query, CancellationToken cancellationToken)
    {
        var bundle = query.Bundle;
        var drawId = bundle.Parameters.DrawId;
        var published = Guid.TryParse(drawId, out var id) ? await PublishedAsync(id, cancellationToken) : null;
        var verdict = BundleVerifier.Verify(bundle, published);
        return (published is null ? verdict.NotPublished(drawId) : verdict).ToDto();
    }

    /// <summary>Every prepared draw is public (§0), so any draw of this id is what was published.</summary>
    private async Task<PublishedDraw?> PublishedAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Draws.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new PublishedDraw(
                d.Id.ToString(), d.ParamsDigest, d.TargetsRoot, d.OfficersRoot, d.RecusalsRoot, d.Commitment, d.EntropyDigest, d.ResultDigest,
                d.RevealedAtUtc == null ? null : d.RevealedSecret))
            .FirstOrDefaultAsync(cancellationToken);
}
