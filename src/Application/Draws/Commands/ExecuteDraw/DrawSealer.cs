using DoubleRandom.Application.Common.Telemetry;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Commands.ExecuteDraw;

/// <summary>Writes a DR1 result as sealed rows: the draw, its groups, its drawn targets, the year's claims.</summary>
public sealed class DrawSealer(IApplicationDbContext db, IDrawStore store, ICurrentActor actor, TimeProvider clock)
{
    public const string TargetOverlap = "target-overlap";

    public async Task SealAsync(Draw draw, InspectionTask task, Dr1Result result, string entropy, string supervisor, CancellationToken ct)
    {
        draw.Seal(result, entropy, actor.Name, supervisor, clock.GetUtcNow().UtcDateTime);
        task.DrawFinished(result.Succeeded);
        if (!result.Succeeded)
        {
            return;
        }

        var rows = new SealedRows([], [], [], []);
        var numbers = result.Groups.SelectMany(g => g.MemberIds.Prepend(g.LeaderId)).ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => numbers.Contains(o.Number))
            .Select(o => new { o.Id, o.Number, o.Name, o.UnitId }).ToDictionaryAsync(o => o.Number, StringComparer.Ordinal, ct);
        foreach (var group in result.Groups)
        {
            var position = 0;
            foreach (var number in group.MemberIds.Prepend(group.LeaderId))
            {
                var o = officers[number];
                rows.Members.Add(DrawGroupMember.Create(draw.Id, group.Number, position++, o.Id, o.Number, o.Name, o.UnitId));
            }
        }

        var codes = result.Targets.Select(t => t.Code).ToList();
        var names = await db.Targets.AsNoTracking().Where(t => codes.Contains(t.Code))
            .Select(t => new { t.Code, t.Name, t.Address }).ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, ct);
        UseCasePhases.Current?.Mark("seal: officer and target names");
        var groupOfficers = result.Groups.ToDictionary(g => g.Number, g => g.MemberIds.Prepend(g.LeaderId).Select(n => officers[n].Id).ToList());
        foreach (var t in result.Targets)
        {
            var row = names.GetValueOrDefault(t.Code);
            rows.Selections.Add(DrawSelection.Create(draw.Id, t.Code, row?.Name ?? t.Code, row?.Address, t.Stratum, t.Weight, t.Lambda, t.Q, t.Group));
            if (!draw.AllowOverlap)
            {
                rows.Claims.Add(DrawnTargetByYear.Create(draw.Year, t.Code, draw.Id));
            }

            // The inspection history feeds the derived recusal ("not the same officers twice in a row").
            if (t.Group is { } g)
            {
                foreach (var officerId in groupOfficers[g])
                {
                    rows.History.Add(InspectionHistoryEntry.Create(officerId, t.Code, draw.DrawDate));
                }
            }
        }

        await store.InsertSealedRowsAsync(rows, ct);
        UseCasePhases.Current?.Mark("seal: rows (claims, groups, selections, history)");
        await store.AddTargetReferencesAsync(codes, ct);
        UseCasePhases.Current?.Mark("seal: draw reference counts");
    }
}
