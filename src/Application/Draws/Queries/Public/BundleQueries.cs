using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries;

/// <summary>The DR1 §10 bundle of a revealed draw, rebuilt from the frozen snapshots and the sealed lines.</summary>
[Unscoped("the public disclosure (一公开): every draw, after reveal")]
public sealed record GetBundleQuery(Guid DrawId) : IQuery<Dr1Bundle>;

/// <summary>Recomputes a posted bundle (UTF-8 JSON, parsed off the stream) with the same code as the <c>verify</c> command.</summary>
public sealed record VerifyBundleQuery(Stream Body) : IQuery<BundleVerification>;

public sealed class BundleQueryHandlers(IApplicationDbContext db) : IQueryHandler<GetBundleQuery, Dr1Bundle>, IQueryHandler<VerifyBundleQuery, BundleVerification>
{
    public async ValueTask<Dr1Bundle> Handle(GetBundleQuery q, CancellationToken ct)
    {
        var draw = await db.GetDrawAsync(q.DrawId, ct);
        PublicRules.EnsureRevealed(draw);
        var leaves = await db.LoadLeavesAsync(draw.Id, ct);
        using var json = System.Text.Json.JsonDocument.Parse(draw.ParametersJson);
        return new Dr1Bundle(
            Dr1Parameters.Protocol, Dr1ParametersJson.Read(json.RootElement), leaves[SnapshotKind.Targets], leaves[SnapshotKind.Officers],
            leaves[SnapshotKind.Recusals], draw.Commitment, draw.Entropy!, draw.RevealedSecret, draw.Lines(),
            new Dr1Digests(draw.ParamsDigest, draw.TargetsRoot, draw.OfficersRoot, draw.RecusalsRoot, draw.EntropyDigest!, draw.ResultDigest!));
    }

    public async ValueTask<BundleVerification> Handle(VerifyBundleQuery q, CancellationToken ct)
    {
        Dr1Bundle bundle;
        try
        {
            bundle = await Dr1Bundle.ParseAsync(q.Body, ct);
        }
        catch (Dr1BundleFormatException ex)
        {
            throw RequestValidationException.ForField("body", ex.Message);
        }

        try
        {
            return BundleVerifier.Verify(bundle);
        }
        catch (Dr1InputException ex)
        {
            return new BundleVerification(false, false, ex.Message);
        }
    }
}
