using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Application.Tasks;
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
        return new FeasibilityDto(
            errors.Count == 0, input.Targets.Count, inputs.ExcludedTargets, input.Officers.Count, input.Officers.Count(o => o.Leader),
            input.Officers.Count(o => o.Certified), input.Recusals.Count, input.Parameters.StratumSizes(input.Targets), errors);
    }
}
