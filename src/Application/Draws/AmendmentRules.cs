using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Rosters.Recusals;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws;

internal static class AmendmentRules
{
    /// <summary>The rules of §4.3.2 against the draw as currently effective (earlier approved amendments applied).</summary>
    public static async Task CheckAmendmentAsync(
        this IApplicationDbContext db, IRecusalSource recusals, DateOnly today, Draw draw, DrawAmendment a, CancellationToken ct)
    {
        var result = (await DrawResults.LoadAsync(db, [draw.Id], ct))[0];
        var group = result.Groups.FirstOrDefault(g => g.Number == a.GroupNumber)
            ?? throw RequestValidationException.ForField("groupNumber", Text.Of("检查组不存在", "No such group in this draw."));
        if (a.Kind == AmendmentKind.ReplaceOfficer)
        {
            var leaving = group.Officers.FirstOrDefault(o => o.OfficerId == a.OfficerId)
                ?? throw RequestValidationException.ForField("officerId", Text.Of("该执法人员不在此检查组", "The officer is not in this group."));
            var replacement = await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == a.ReplacementOfficerId, ct)
                ?? throw RequestValidationException.ForField("replacementOfficerId", RecordScope.UnknownOfficer());
            Rule.Check(replacement.Status == OfficerStatus.Active && replacement.IsCertifiedOn(today) && (!leaving.Leader || replacement.IsLeaderEligible),
                RuleCodes.OfficerNotEligible);
            Rule.Check(!result.Groups.SelectMany(g => g.Officers).Any(o => o.OfficerId == replacement.Id), RuleCodes.OfficerAlreadyInDraw);
            var conflicts = await recusals.GetActiveRecusalsAsync(today, [replacement.Id], [.. group.Targets.Select(t => t.Code)], ct);
            Rule.Check(conflicts.Count == 0, RuleCodes.ReplacementConflicted, [.. conflicts.Select(x => x.TargetCode)]);
        }
        else
        {
            Rule.Check(result.Unassigned.Any(t => t.Code == a.TargetCode), RuleCodes.TargetNotUnassigned);
            var conflicts = await recusals.GetActiveRecusalsAsync(today, [.. group.Officers.Select(o => o.OfficerId)], [a.TargetCode!], ct);
            Rule.Check(conflicts.Count == 0, RuleCodes.GroupOfficerConflicted);
        }
    }
}
