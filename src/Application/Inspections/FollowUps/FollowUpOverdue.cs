using System.Linq.Expressions;
using DoubleRandom.Domain.Inspections.FollowUps;

namespace DoubleRandom.Application.Inspections.FollowUps;

/// <summary>
/// Overdue, as a query can ask it (the same rule as <see cref="FollowUp.IsOverdue"/>): still handed over or in progress
/// and the deadline is before today (Asia/Shanghai). Rectified, case-filed and closed ones are never overdue.
/// </summary>
public static class FollowUpOverdue
{
    public static Expression<Func<FollowUp, bool>> On(DateOnly today) =>
        f => (f.Status == FollowUpStatus.HandedOver || f.Status == FollowUpStatus.InProgress) && f.Deadline < today;

    public static Expression<Func<FollowUp, bool>> NotOn(DateOnly today) =>
        f => (f.Status != FollowUpStatus.HandedOver && f.Status != FollowUpStatus.InProgress) || f.Deadline >= today;
}
