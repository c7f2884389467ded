using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Targets;

/// <summary>The filters of the target list and of the export; every one is optional.</summary>
/// <param name="Q">Text contained in the name, or the start of the code.</param>
/// <param name="RegionPrefix">Region codes starting with these digits (6401 = Yinchuan).</param>
/// <param name="Department">Responsible department code.</param>
/// <param name="Tag">A classification tag (分类标注).</param>
/// <param name="Inspected">True: targets with at least one past result in the inspection history; false: those with none.</param>
public sealed record TargetFilter(
    string? Q = null, TargetKind? Kind = null, string? RegionPrefix = null, string? IndustrySection = null,
    string? IndustryDivision = null, string? Department = null, RiskTier? RiskTier = null, TargetStatus? Status = null,
    string? Tag = null, bool IncludeRetired = false, bool? Inspected = null);
