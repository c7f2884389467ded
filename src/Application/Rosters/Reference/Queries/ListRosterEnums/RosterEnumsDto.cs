namespace DoubleRandom.Application.Rosters.Reference.Queries.ListRosterEnums;

public sealed record RosterEnumsDto(
    IReadOnlyList<EnumValueDto> TargetKinds,
    IReadOnlyList<EnumValueDto> TargetStatuses,
    IReadOnlyList<EnumValueDto> RiskTiers,
    IReadOnlyList<EnumValueDto> CreditClasses,
    IReadOnlyList<EnumValueDto> OfficerStatuses,
    IReadOnlyList<EnumValueDto> RecusalReasons);
