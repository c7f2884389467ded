using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Application.Tasks;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Tasks;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.CheckFeasibility;

/// <summary>Builds the input a prepare would freeze, now, and reports its sizes and every field error; writes nothing.</summary>
public sealed class CheckFeasibilityHandler(IApplicationDbContext db, DrawSnapshotBuilder builder, TimeProvider clock)
    : IQueryHandler<CheckFeasibilityQuery, FeasibilityDto>
{
    public async ValueTask<FeasibilityDto> Handle(CheckFeasibilityQuery query, CancellationToken cancellationToken)
    {
        var task = await db.GetTaskAsync(query.TaskId, cancellationToken);
        var inputs = await builder.BuildAsync(task, Guid.Empty, clock.Today(), cancellationToken);
        var errors = DrawInputErrors.Of(inputs.Input);
        var input = inputs.Input;
        var strata = input.Parameters.StratumSizes(input.Targets);
        return new FeasibilityDto(
            errors.Count == 0, input.Targets.Count, inputs.ExcludedTargets, input.Officers.Count, input.Officers.Count(o => o.Leader),
            input.Officers.Count(o => o.Certified), input.Recusals.Count, strata, errors, inputs.Risk, Lambdas(input, strata, inputs.Risk, inputs.Unstratified));
    }

    private static List<StratumLambdaDto> Lambdas(
        Dr1Input input, IReadOnlyList<StratumSize> strata, DrawRiskUse risk, IReadOnlyDictionary<string, int> unstratified)
    {
        var weights = input.Targets.GroupBy(t => t.Stratum, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Weight).ToList(), StringComparer.Ordinal);
        var result = new List<StratumLambdaDto>();
        foreach (var s in strata.Where(s => s.Population > 0 && weights.ContainsKey(s.Stratum)))
        {
            var n = Math.Min(s.SampleSize, s.Population);
            var lambda = n == 0 ? 0 : ParetoSampler.InclusionProbabilities(weights[s.Stratum], n).Min();
            double? floor = risk.Weighting == RiskWeighting.Score ? risk.UniformShareBp / 10_000.0 * n / s.Population : null;
            result.Add(new StratumLambdaDto(s.Stratum, s.Population, s.SampleSize, lambda, floor));
        }

        // A tier in scope that no stratum takes is never drawn: listed under the tier's name with λ = 0 (#16, ADR 0031).
        result.AddRange(unstratified.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => new StratumLambdaDto(u.Key, u.Value, 0, 0, null)));
        return result;
    }
}
