using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Infrastructure.Seeding;

public sealed record DemoRecusal(string OfficerNumber, string TargetCode, RecusalReason Reason, string? Note, DateOnly From, DateOnly? To);
