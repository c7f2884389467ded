using System.Globalization;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries;

/// <summary>
/// An enterprise checks its own outcome (DR1 §6): whether it was in the snapshot, its stratum and weight, its
/// uniform u, λ, Q and the stratum's threshold τ. Q ≤ τ (ties by code) means drawn. After reveal only.
/// </summary>
public sealed record CheckTargetQuery(Guid DrawId, string Code) : IQuery<TargetCheckDto>;

public sealed record TargetCheckDto(
    string Code, bool InSnapshot, bool Drawn, string? Stratum, int? Weight, int? StratumPopulation, int? StratumSampleSize,
    long? RemainingSampleSize, long? RemainingWeight, bool TakeAll, double? Uniform, double? Lambda, double? Q, double? Threshold,
    int? Group, string Explanation);

public sealed class CheckTargetHandler(IApplicationDbContext db) : IQueryHandler<CheckTargetQuery, TargetCheckDto>
{
    public async ValueTask<TargetCheckDto> Handle(CheckTargetQuery q, CancellationToken ct)
    {
        var draw = await db.GetDrawAsync(q.DrawId, ct);
        PublicRules.EnsureRevealed(draw);
        var leaves = await db.LoadLeavesAsync(draw.Id, ct);
        var prefix = $"T|{q.Code}|";
        var leaf = leaves[SnapshotKind.Targets].Find(l => l.StartsWith(prefix, StringComparison.Ordinal));
        if (leaf is null || !Leaves.TryParseTarget(leaf, out var target))
        {
            return new TargetCheckDto(q.Code, false, false, null, null, null, null, null, null, false, null, null, null, null, null,
                "不在本次抽取的名录快照中（不在范围内或被排除） / not in this draw's frozen roster (out of scope or excluded)");
        }

        if (draw.Status != DrawStatus.Sealed)
        {
            return new TargetCheckDto(q.Code, true, false, target.Stratum, target.Weight, null, null, null, null, false, null, null, null, null, null,
                $"抽取未成功（{draw.Failure}），无对象被抽中 / the draw failed ({draw.Failure}); no target was drawn");
        }

        var lines = draw.Lines();
        var selected = lines.FirstOrDefault(l => l.StartsWith($"S|{q.Code}|", StringComparison.Ordinal))?.Split('|');
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
        return new TargetCheckDto(q.Code, true, selected is not null, target.Stratum, target.Weight, population, sampleSize, remaining, weight,
            takeAll, uniform, lambda, qValue, threshold, group, explanation);
    }

    private static double FromHex64(string hex) => BitConverter.Int64BitsToDouble(long.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
