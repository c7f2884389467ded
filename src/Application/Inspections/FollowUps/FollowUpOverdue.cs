using System.Linq.Expressions;
using DoubleRandom.Domain.Inspections.FollowUps;

namespace DoubleRandom.Application.Inspections.FollowUps;

/// <summary>Overdue, as a query asks it: <see cref="FollowUp.Overdue"/> (the one rule) with today (Asia/Shanghai) filled in.</summary>
public static class FollowUpOverdue
{
    public static Expression<Func<FollowUp, bool>> On(DateOnly today) => Bind(today, negate: false);

    public static Expression<Func<FollowUp, bool>> NotOn(DateOnly today) => Bind(today, negate: true);

    private static Expression<Func<FollowUp, bool>> Bind(DateOnly today, bool negate)
    {
        var rule = FollowUp.Overdue;
        var body = new Substitute(rule.Parameters[1], Expression.Constant(today)).Visit(rule.Body);
        return Expression.Lambda<Func<FollowUp, bool>>(negate ? Expression.Not(body) : body, rule.Parameters[0]);
    }

    private sealed class Substitute(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : base.VisitParameter(node);
    }
}
