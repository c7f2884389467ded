using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.GetBundle;

public sealed class GetBundleHandler(IApplicationDbContext db) : IQueryHandler<GetBundleQuery, Dr1Bundle>
{
    public async ValueTask<Dr1Bundle> Handle(GetBundleQuery query, CancellationToken cancellationToken)
    {
        var draw = await db.GetDrawAsync(query.DrawId, cancellationToken);
        PublicRules.EnsureRevealed(draw);
        var leaves = await db.LoadLeavesAsync(draw.Id, cancellationToken);
        return new Dr1Bundle(
            Dr1Parameters.Protocol, draw.Parameters(), leaves[SnapshotKind.Targets], leaves[SnapshotKind.Officers],
            leaves[SnapshotKind.Recusals], draw.Commitment, draw.Entropy!, draw.RevealedSecret, draw.Lines(),
            new Dr1Digests(draw.ParamsDigest, draw.TargetsRoot, draw.OfficersRoot, draw.RecusalsRoot, draw.EntropyDigest!, draw.ResultDigest!));
    }
}
