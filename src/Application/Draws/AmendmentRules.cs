using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
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
                ?? throw RequestValidationException.ForField("replacementOfficerId", Identity.RecordScope.UnknownOfficer());
            Rule.Check(replacement.Status == OfficerStatus.Active && replacement.IsCertifiedOn(today) && (!leaving.Leader || replacement.IsLeaderEligible),
                "officer-not-eligible", Text.Of("替换人员须在岗、持有效执法证（替换组长时须可任组长）",
                    "The replacement must be active and certified (and leader-eligible when replacing the leader)."));
            Rule.Check(!result.Groups.SelectMany(g => g.Officers).Any(o => o.OfficerId == replacement.Id), "officer-already-in-draw",
                Text.Of("替换人员已在本次抽取的检查组中", "The replacement is already in a group of this draw."));
            var conflicts = await recusals.GetActiveRecusalsAsync(today, [replacement.Id], [.. group.Targets.Select(t => t.Code)], ct);
            Rule.Check(conflicts.Count == 0, "officer-conflicted", Text.Of(
                $"替换人员与本组检查对象存在回避关系：{string.Join('、', conflicts.Select(x => x.TargetCode))}",
                $"The replacement must recuse from a target of this group: {string.Join(", ", conflicts.Select(x => x.TargetCode))}"));
        }
        else
        {
            Rule.Check(result.Unassigned.Any(t => t.Code == a.TargetCode), "target-not-unassigned",
                Text.Of("只能人工分配本次抽中但未分配的检查对象", "Only a drawn target that DR1 left unassigned can be placed."));
            var conflicts = await recusals.GetActiveRecusalsAsync(today, [.. group.Officers.Select(o => o.OfficerId)], [a.TargetCode!], ct);
            Rule.Check(conflicts.Count == 0, "officer-conflicted", Text.Of("该组有执法人员须回避此检查对象", "An officer of this group must recuse from this target."));
        }
    }
}
