using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Officers;

/// <summary>The filters of the officer list and of the officer export.</summary>
public sealed record OfficerFilter(
    string? Q = null, Guid? UnitId = null, string? Department = null, OfficerStatus? Status = null, bool? Leader = null,
    string? Expertise = null, DateOnly? CertifiedOn = null);
