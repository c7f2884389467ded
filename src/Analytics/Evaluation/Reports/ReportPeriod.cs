using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>
/// The report's period [From, To] and the day its open items are judged on (AsOf: the period's end, or the day of
/// generation in Asia/Shanghai when that is earlier — a follow-up due after it is not late yet).
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To, DateOnly AsOf)
{
    /// <summary>Asia/Shanghai is UTC+8 all year (no daylight saving).</summary>
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static ReportPeriod Of(EvaluationFacts facts, ReportHeader header)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(header);
        var generated = DateOnly.FromDateTime(DateTime.SpecifyKind(header.GeneratedAtUtc, DateTimeKind.Utc) + Shanghai);
        var to = facts.Request.To;
        return new ReportPeriod(facts.Request.From, to, generated < to ? generated : to);
    }

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The samples of the period (the facts' samples reach back to the trend's start).</summary>
    public IReadOnlyList<SampleFact> Samples(EvaluationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. facts.Samples.Where(s => Contains(s.Day))];
    }
}
