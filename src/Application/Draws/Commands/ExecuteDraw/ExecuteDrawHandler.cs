using DoubleRandom.Application.Common.Telemetry;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Identity.Confirmations;
using DoubleRandom.Application.Tasks;
using DoubleRandom.Domain.Drawing;
using Mediator;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Application.Draws.Commands.ExecuteDraw;

public sealed class ExecuteDrawHandler(
    IApplicationDbContext db, IDrawStore store, ConfirmationGate gate, IDrawSecretProtector protector, DrawSealer sealer,
    ICurrentActor actor, TimeProvider clock, ILogger<ExecuteDrawHandler> logger)
    : ICommandHandler<ExecuteDrawCommand, DrawDto>
{
    public const string Action = Identity.Confirmations.ConfirmableActions.DrawExecute;

    public async ValueTask<DrawDto> Handle(ExecuteDrawCommand command, CancellationToken cancellationToken)
    {
        var requester = actor.UserId ?? throw new ForbiddenException("forbidden", Text.Of("需要登录用户", "A signed-in user is required."));
        Dr1Result result;
        await using (var tx = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // The row lock makes a second, simultaneous execution wait, then see the sealed state and stop.
            await store.LockAsync(command.DrawId, cancellationToken);
            var draw = await db.GetDrawAsync(command.DrawId, cancellationToken);
            draw.EnsurePrepared();
            var confirmation = await gate.ConsumeAsync(command.ConfirmationId!.Value, Action, draw.Id.ToString(), requester, cancellationToken);
            using var phases = UseCasePhases.Start("draw.execute");
            var input = await db.LoadInputAsync(draw, cancellationToken);
            phases.Mark("load-snapshots");
            result = Dr1Engine.Run(input, protector.Unprotect(draw.EncryptedSecret, draw.Id), command.Entropy!);
            EnsureCommitted(draw, result.Digests);
            phases.Mark("dr1-run");
            var task = await db.GetTaskAsync(draw.TaskId, cancellationToken);
            try
            {
                await sealer.SealAsync(draw, task, result, command.Entropy!, confirmation.ConfirmedByName, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await tx.CommitAsync(cancellationToken);
                phases.Mark("save draw row, audit, commit");
                logger.LogInformation("Draw {DrawId} executed: {Phases}", draw.Id, phases);
                return draw.ToDto(task.Name);
            }
            catch (ConflictException ex) when (ex.Code == "duplicate-key" && !draw.AllowOverlap)
            {
                // Another open task of the year sealed one of these targets first: this draw loses, cleanly.
                await tx.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        return await RecordOverlapAsync(command, requester, result, cancellationToken);
    }

    /// <summary>
    /// The snapshots read back must hash to the roots published at prepare (they are append-only, but a draw is never
    /// run from anything but what was committed).
    /// </summary>
    private static void EnsureCommitted(Domain.Draws.Draw draw, Dr1Digests digests)
    {
        if (digests.Params != draw.ParamsDigest || digests.Targets != draw.TargetsRoot || digests.Officers != draw.OfficersRoot
            || digests.Recusals != draw.RecusalsRoot)
        {
            throw new InvalidOperationException($"The stored snapshots of draw {draw.Id} do not hash to its published digests.");
        }
    }

    /// <summary>The losing draw is kept as failed (public, final) with its verifiable result lines; a new prepare follows.</summary>
    private async Task<DrawDto> RecordOverlapAsync(ExecuteDrawCommand command, Guid requester, Dr1Result result, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await store.LockAsync(command.DrawId, cancellationToken);
        var draw = await db.GetDrawAsync(command.DrawId, cancellationToken);
        draw.EnsurePrepared();
        var confirmation = await gate.ConsumeAsync(command.ConfirmationId!.Value, Action, draw.Id.ToString(), requester, cancellationToken);
        var task = await db.GetTaskAsync(draw.TaskId, cancellationToken);
        draw.Seal(result with { Failure = DrawSealer.TargetOverlap, FailureDetail = "a drawn target was sealed by another open task of the year first" },
            command.Entropy!, actor.Name, confirmation.ConfirmedByName, clock.GetUtcNow().UtcDateTime);
        task.DrawFinished(false);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return draw.ToDto(task.Name);
    }
}
