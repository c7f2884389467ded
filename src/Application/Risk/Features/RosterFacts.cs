using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// A target's roster row as the features read it: the roster keeps today's values only. The change dates tell whether
/// today's value of a fact was already its value on an earlier day (<see cref="PreVisitFacts.Known"/>): each fact's own
/// date (<c>Target.StatusChangedAtUtc</c> …) when it changed since the row was created, else <see cref="ChangedAtUtc"/>
/// (the row's creation; a re-score or a tier edit never moves any of them).
/// </summary>
public sealed record RosterFacts(
    string Code,
    TargetKind Kind,
    string? IndustrySection,
    string? IndustryDivision,
    string RegionCode,
    TargetStatus Status,
    RiskTier? Tier,
    CreditClass? CreditClass,
    DateOnly? RegistrationDate,
    decimal? RegisteredCapital,
    string Tags,
    DateTime ChangedAtUtc)
{
    /// <summary>When <see cref="Status"/> last changed; null: not since <see cref="ChangedAtUtc"/>.</summary>
    public DateTime? StatusChangedAtUtc { get; init; }

    /// <summary>When <see cref="CreditClass"/> last changed; null: not since <see cref="ChangedAtUtc"/>.</summary>
    public DateTime? CreditClassChangedAtUtc { get; init; }

    /// <summary>When <see cref="Tags"/> last changed; null: not since <see cref="ChangedAtUtc"/>.</summary>
    public DateTime? TagsChangedAtUtc { get; init; }

    /// <summary>When the industry, the region or the registered capital last changed; null: not since <see cref="ChangedAtUtc"/>.</summary>
    public DateTime? ProfileChangedAtUtc { get; init; }
}
