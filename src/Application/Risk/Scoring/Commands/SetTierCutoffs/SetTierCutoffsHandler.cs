using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Risk;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Scoring.Commands.SetTierCutoffs;

/// <summary>Creates or changes the one setting; the unit of work audits it (before and after).</summary>
public sealed class SetTierCutoffsHandler(IApplicationDbContext db) : ICommandHandler<SetTierCutoffsCommand, RiskTierCutoffsDto>
{
    public async ValueTask<RiskTierCutoffsDto> Handle(SetTierCutoffsCommand command, CancellationToken cancellationToken)
    {
        var cutoffs = await db.RiskTierCutoffs.FirstOrDefaultAsync(c => c.Scope == RiskTierCutoffs.BureauScope, cancellationToken);
        if (command.ExpectedVersion is { } expected && expected != (cutoffs?.Version ?? 0))
        {
            throw new ConflictException("stale-version", Text.Of(
                "分界设置已被他人修改，请重新读取后再改", "The cut-offs were changed since you read them; read them again."));
        }

        if (cutoffs is null)
        {
            cutoffs = RiskTierCutoffs.Default();
            db.RiskTierCutoffs.Add(cutoffs);
        }

        cutoffs.Change(command.Mode!.Value, command.First!.Value, command.Second!.Value, command.Third!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return RiskTierCutoffsDto.From(cutoffs);
    }
}
