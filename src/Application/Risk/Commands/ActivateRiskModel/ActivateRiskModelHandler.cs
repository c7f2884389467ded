using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Risk.Registry;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Risk;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Commands.ActivateRiskModel;

/// <summary>
/// 404 for an unknown version; 409 <c>risk-model-incompatible</c> when its feature fingerprint is not the current
/// schema's; 409 <c>risk-model-unweighted</c> for a version trained without the 1/λ weights (a demonstration, biased by
/// construction); 409 <c>risk-model-damaged</c> when its stored file's SHA-256 is not the registered one or the engine cannot
/// load it (the file is loaded, not retrained). Otherwise, in one transaction, the active version is deactivated and
/// this one activated (two saves: the partial unique index allows one active row at every moment), with an audit entry
/// <c>risk-model.activate</c> naming both versions and the file's SHA-256 (never its bytes). Activating the active
/// version again changes nothing.
/// </summary>
public sealed class ActivateRiskModelHandler(
    IApplicationDbContext db, IRiskModelFiles files, IRiskModelEngine engine, IAuditLog audit, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ActivateRiskModelCommand, RiskModelSummaryDto>
{
    public async ValueTask<RiskModelSummaryDto> Handle(ActivateRiskModelCommand command, CancellationToken cancellationToken)
    {
        var model = await db.RiskModels.FirstOrDefaultAsync(m => m.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(RecordNames.RiskModel, command.Id);
        if (model.IsActive)
        {
            return RiskModelSummaryDto.From(model);
        }

        Rule.Check(RiskModelSummaryDto.IsCompatible(model), RuleCodes.RiskModelIncompatible, model.Version);
        Rule.Check(model.Weighted, RuleCodes.RiskModelUnweighted, model.Version);
        var file = await files.FindAsync(model.Id, cancellationToken) ?? throw new NotFoundException(RecordNames.RiskModel, command.Id);
        Rule.Check(Loads(file), RuleCodes.RiskModelDamaged, model.Version);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var previous = await db.RiskModels.FirstOrDefaultAsync(m => m.IsActive, cancellationToken);
        if (previous is not null)
        {
            previous.Deactivate();
            await db.SaveChangesAsync(cancellationToken);
        }

        model.Activate(actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordOperationAsync("risk-model.activate", nameof(RiskModel), model.Id.ToString(), null,
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["version"] = model.Version,
                ["previousVersion"] = previous?.Version,
                ["trainer"] = model.Trainer,
                ["featureFingerprint"] = model.FeatureFingerprint,
                ["fileSha256"] = model.FileSha256,
                ["fileBytes"] = model.FileBytes,
            }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RiskModelSummaryDto.From(model);
    }

    /// <summary>The engine can load the file (its SHA-256 was checked as it was read).</summary>
    private bool Loads(RiskModelFile file)
    {
        try
        {
            using var scorer = engine.Load(file.Bytes);
            return true;
        }
        catch (RiskModelFormatException)
        {
            return false;
        }
    }
}
