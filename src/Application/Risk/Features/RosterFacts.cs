using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// A target's roster row as the features read it: the roster keeps today's values only. <see cref="ChangedAtUtc"/> (the
/// row's last change) tells whether today's <see cref="Status"/> was already the status on an earlier day (see
/// <see cref="PreVisitFacts.StatusAsOf"/>).
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
    DateTime ChangedAtUtc);
