using DoubleRandom.Application.Common.Telemetry;
using System.Security.Cryptography;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Application.Tasks;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;
using Mediator;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Application.Draws.Commands.PrepareDraw;

public sealed class PrepareDrawHandler(
    IApplicationDbContext db, DrawSnapshotBuilder builder, IDrawSecretProtector protector, ICurrentActor actor, TimeProvider clock,
    ILogger<PrepareDrawHandler> logger)
    : ICommandHandler<PrepareDrawCommand, DrawDto>
{
    public async ValueTask<DrawDto> Handle(PrepareDrawCommand command, CancellationToken cancellationToken)
    {
        var task = await db.GetTaskAsync(command.TaskId, cancellationToken);
        var draw = Draw.Start(task.Id, task.Year, task.Settings.AllowOverlap, clock.Today());
        task.DrawPrepared(draw.Id);
        using var phases = UseCasePhases.Start("draw.prepare");
        var inputs = await builder.BuildAsync(task, draw.Id, draw.DrawDate, cancellationToken);
        var errors = DrawInputErrors.Of(inputs.Input);
        phases.Mark("feasibility");
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var secret = RandomNumberGenerator.GetBytes(Dr1Hashes.SecretLength);
        Dr1Preparation preparation;
        try
        {
            preparation = Dr1Engine.Prepare(inputs.Input, secret);
        }
        catch (Dr1InputException ex)
        {
            throw new RequestValidationException(DrawInputErrors.ToDictionary(ex.Errors));
        }

        phases.Mark("dr1-prepare");
        draw.UseRisk(inputs.Risk);
        draw.Commit(inputs.Input.Parameters, preparation, protector.Protect(secret, draw.Id), actor.Name, clock.GetUtcNow().UtcDateTime);
        CryptographicOperations.ZeroMemory(secret);
        db.Draws.Add(draw);
        var input = inputs.Input;
        var targets = SnapshotCodec.EncodeTargets(preparation.TargetsInLeafOrder);
        db.DrawSnapshots.Add(DrawSnapshot.Create(draw.Id, SnapshotKind.Targets, input.Targets.Count, targets.Data, targets.MemberIndex));
        db.DrawSnapshots.Add(DrawSnapshot.Create(draw.Id, SnapshotKind.Officers, input.Officers.Count,
            SnapshotCodec.Encode([.. input.Officers.Select(o => o.ToString())])));
        db.DrawSnapshots.Add(DrawSnapshot.Create(draw.Id, SnapshotKind.Recusals, input.Recusals.Count,
            SnapshotCodec.Encode([.. input.Recusals.Select(r => r.ToString())])));
        if (inputs.Risk.ModelTargets > 0)
        {
            var versions = SnapshotCodec.EncodeVersions(inputs.ModelVersions);
            db.DrawSnapshots.Add(DrawSnapshot.Create(draw.Id, SnapshotKind.RiskVersions, inputs.Risk.ModelTargets, versions.Data, versions.MemberIndex));
        }

        phases.Mark("encode");
        await db.SaveChangesAsync(cancellationToken);
        phases.Mark("save");
        logger.LogInformation("Draw {DrawId} prepared: {Phases}", draw.Id, phases);
        return draw.ToDto(task.Name);
    }
}
