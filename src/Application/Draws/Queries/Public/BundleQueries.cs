using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries;

/// <summary>The DR1 §10 bundle of a revealed draw, rebuilt from the frozen snapshots and the sealed lines.</summary>
[Unscoped("the public disclosure (一公开): every draw, after reveal")]
public sealed record GetBundleQuery(Guid DrawId) : IQuery<Dr1Bundle>;

/// <summary>
/// Recomputes a posted bundle (parsed off the request stream by the endpoint) with the same code as the <c>verify</c> command, and
/// compares it with what this service published for the bundle's drawId: a self-consistent bundle that is not the
/// published one (other entropy, another secret) is <see cref="BundleVerificationStatus.DiffersFromPublished"/>.
/// </summary>
public sealed record VerifyBundleQuery(Dr1Bundle Bundle) : IQuery<BundleVerificationDto>;

/// <summary>
/// The answer of <c>POST /public/draws/verify</c>: <c>verified</c> only when <c>status</c> is <c>verified</c>;
/// <c>mismatch</c> the first difference in the request's language, with its <c>field</c> (bundle JSON path), what the
/// bundle says and what was <c>recomputed</c> or <c>published</c>.
/// </summary>
public sealed record BundleVerificationDto(
    bool Verified, BundleVerificationStatus Status, bool SecretRevealed, string? Mismatch, string? Field, string? BundleSays,
    string? Recomputed, string? Published)
{
    public static BundleVerificationDto From(BundleVerification v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var m = v.Mismatch;
        var message = m is not null ? Text.Of(m.MessageZh, m.Message)
            : v.Status == BundleVerificationStatus.SecretNotRevealed
                ? Text.Of("尚不能验证：验证包不含秘密 s（抽取公开后才公布）", "Not yet verifiable: the bundle carries no secret (it is revealed with the draw).")
                : null;
        return new BundleVerificationDto(
            v.Verified, v.Status, v.SecretRevealed, message, m?.Field, m?.BundleSays,
            m?.Kind == BundleMismatchKind.Published ? null : m?.Expected,
            m?.Kind == BundleMismatchKind.Published ? m.Expected : null);
    }
}

public sealed class BundleQueryHandlers(IApplicationDbContext db) : IQueryHandler<GetBundleQuery, Dr1Bundle>, IQueryHandler<VerifyBundleQuery, BundleVerificationDto>
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

    public async ValueTask<BundleVerificationDto> Handle(VerifyBundleQuery q, CancellationToken ct)
    {
        var bundle = q.Bundle;
        var drawId = bundle.Parameters.DrawId;
        var published = Guid.TryParse(drawId, out var id) ? await PublishedAsync(id, ct) : null;
        var verdict = BundleVerifier.Verify(bundle, published);
        return BundleVerificationDto.From(published is null ? verdict.NotPublished(drawId) : verdict);
    }

    /// <summary>Every prepared draw is public (§0), so any draw of this id is what was published.</summary>
    private async Task<PublishedDraw?> PublishedAsync(Guid id, CancellationToken ct) =>
        await db.Draws.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new PublishedDraw(
                d.Id.ToString(), d.ParamsDigest, d.TargetsRoot, d.OfficersRoot, d.RecusalsRoot, d.Commitment, d.EntropyDigest, d.ResultDigest,
                d.RevealedAtUtc == null ? null : d.RevealedSecret))
            .FirstOrDefaultAsync(ct);
}
