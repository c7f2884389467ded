using System.Globalization;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.CheckTarget;

/// <remarks>
/// The leaf is looked up through the targets snapshot's member index: one gzip member of 4096 leaves is read and
/// decompressed, whatever the size of the snapshot (draws prepared before the index was kept are read whole); the model
/// version of its tier is read the same way from the risk versions snapshot.
/// </remarks>
public sealed class CheckTargetHandler(IApplicationDbContext db, IDrawStore store) : IQueryHandler<CheckTargetQuery, TargetCheckDto>
{
    public async ValueTask<TargetCheckDto> Handle(CheckTargetQuery query, CancellationToken cancellationToken)
    {
        var draw = await db.GetDrawAsync(query.DrawId, cancellationToken);
        PublicRules.EnsureRevealed(draw);
        if (await FindLeafAsync(draw.Id, query.Code, cancellationToken) is not { } target)
        {
            return new TargetCheckDto(query.Code, false, false, null, null, null, null, null, null, false, null, null, null, null, null,
                "不在本次抽取的名录快照中（不在范围内或被排除） / not in this draw's frozen roster (out of scope or excluded)");
        }

        var version = await ModelVersionAsync(draw.Id, query.Code, cancellationToken);
        var source = RiskSource(draw, version);
        if (draw.Status != DrawStatus.Sealed)
        {
            return new TargetCheckDto(query.Code, true, false, target.Stratum, target.Weight, null, null, null, null, false, null, null, null, null, null,
                $"抽取未成功（{draw.Failure}），无对象被抽中 / the draw failed ({draw.Failure}); no target was drawn", version, source);
        }

        var lines = draw.Lines();
        var selected = lines.FirstOrDefault(l => l.StartsWith($"S|{query.Code}|", StringComparison.Ordinal))?.Split('|');
        var n = lines.First(l => l.StartsWith($"N|{target.Stratum}|", StringComparison.Ordinal)).Split('|');
        var population = int.Parse(n[2], CultureInfo.InvariantCulture);
        var sampleSize = int.Parse(n[3], CultureInfo.InvariantCulture);
        var remaining = long.Parse(n[4], CultureInfo.InvariantCulture);
        var weight = long.Parse(n[5], CultureInfo.InvariantCulture);
        double? threshold = n[6] == "-" ? null : FromHex64(n[6]);
        var takeAll = selected is not null && selected[5] == "-";
        double? lambda = null, uniform = null, qValue = null;
        if (!takeAll && remaining > 0 && draw.RevealedSecret is not null)
        {
            var seed = new KeyedHash(Dr1Hashes.Seed(Convert.FromHexString(draw.RevealedSecret),
                new Dr1Digests(draw.ParamsDigest, draw.TargetsRoot, draw.OfficersRoot, draw.RecusalsRoot, draw.EntropyDigest!, string.Empty)));
            uniform = Uniforms.Uniform(seed, $"T|{target.Stratum}|{target.Code}");
            lambda = (double)(remaining * target.Weight) / weight;
            qValue = uniform.Value / (1 - uniform.Value) / (lambda.Value / (1 - lambda.Value));
        }
        else if (takeAll)
        {
            lambda = 1;
        }

        int? group = selected is not null && selected[6] != "-" ? int.Parse(selected[6], CultureInfo.InvariantCulture) : null;
        var explanation = selected is null
            ? "未抽中：Q 大于本层阈值 τ / not drawn: Q is above the stratum threshold τ"
            : takeAll ? "抽中：权重足以必选（take-all） / drawn: weight large enough to be taken with certainty"
            : "抽中：Q 不大于本层阈值 τ / drawn: Q is at most the stratum threshold τ";
        return new TargetCheckDto(query.Code, true, selected is not null, target.Stratum, target.Weight, population, sampleSize, remaining, weight,
            takeAll, uniform, lambda, qValue, threshold, group, explanation, version, source);
    }

    private static string RiskSource(Draw draw, int? version)
    {
        var tier = version is { } v
            ? $"风险等级来自风险模型第 {v} 版的评分 / the tier came from model version {v}"
            : "风险等级为人工或导入设定（非模型评分） / the tier was set by hand or by an import, not by a model";
        return draw.RiskWeighting == RiskWeighting.Score
            ? string.Create(CultureInfo.InvariantCulture,
                $"{tier}；按风险分值加权抽取，均匀份额 α = {draw.UniformShareBp / 100.0:0.##}% / weighted by risk score with a uniform share α = {draw.UniformShareBp / 100.0:0.##} %")
            : $"{tier}；按风险等级分层抽取 / drawn by tier strata";
    }

    /// <summary>
    /// The model version of the target's tier as it was at prepare: one member of the risk versions snapshot, found through
    /// its member index like the target's leaf (the snapshot holds up to a million lines; this route is anonymous).
    /// </summary>
    private async Task<int?> ModelVersionAsync(Guid drawId, string code, CancellationToken cancellationToken)
    {
        var snapshot = await db.DrawSnapshots.AsNoTracking().Where(s => s.DrawId == drawId && s.Kind == SnapshotKind.RiskVersions)
            .Select(s => new { s.MemberIndex, Length = s.Data.Length }).FirstOrDefaultAsync(cancellationToken);
        return snapshot?.MemberIndex is { } index
            && SnapshotCodec.MemberOf(index, snapshot.Length, code) is { } member
            && await store.ReadSnapshotSliceAsync(drawId, SnapshotKind.RiskVersions, member.Offset, member.Length, cancellationToken) is { } bytes
            ? SnapshotCodec.FindVersion(bytes, code)
            : null;
    }

    private async Task<TargetLeaf?> FindLeafAsync(Guid drawId, string code, CancellationToken cancellationToken)
    {
        if (!Dr1Limits.IsToken(code))
        {
            return null;
        }

        var snapshot = await db.DrawSnapshots.AsNoTracking().Where(s => s.DrawId == drawId && s.Kind == SnapshotKind.Targets)
            .Select(s => new { s.MemberIndex, Length = s.Data.Length }).FirstOrDefaultAsync(cancellationToken);
        if (snapshot is null)
        {
            return null;
        }

        if (snapshot.MemberIndex is null)
        {
            var data = await db.DrawSnapshots.AsNoTracking().Where(s => s.DrawId == drawId && s.Kind == SnapshotKind.Targets)
                .Select(s => s.Data).FirstAsync(cancellationToken);
            return SnapshotCodec.FindTarget(data, code);
        }

        return SnapshotCodec.MemberOf(snapshot.MemberIndex, snapshot.Length, code) is { } member
            && await store.ReadSnapshotSliceAsync(drawId, SnapshotKind.Targets, member.Offset, member.Length, cancellationToken) is { } bytes
            ? SnapshotCodec.FindTarget(bytes, code)
            : null;
    }

    private static double FromHex64(string hex) => BitConverter.Int64BitsToDouble(long.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
