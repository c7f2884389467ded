namespace DoubleRandom.Api.IntegrationTests.Rosters;

// Client-side views of the responses; enums stay strings, as a client reads them.
public sealed record TargetDto(
    Guid Id, string Code, string Kind, string Name, string? LegalRepresentative, string? Address, string RegionCode,
    string? IndustrySection, string? IndustryDivision, List<string> DepartmentCodes, DateOnly? RegistrationDate,
    decimal? RegisteredCapital, string Status, string? RiskTier, string? CreditClass, List<string> Tags, int? Weight,
    int DrawReferenceCount, bool IsRetired, int Version);

public sealed record CertificateDto(string Type, string Number, DateOnly IssuedOn, DateOnly ExpiresOn);

public sealed record OfficerDto(
    Guid Id, string Number, string Name, Guid UnitId, string DepartmentCode, string Status, bool IsLeaderEligible, Guid? UserId,
    List<string> ExpertiseTags, List<CertificateDto> Certificates, bool Certified, int Version);

public sealed record RecusalDto(
    Guid Id, Guid OfficerId, string TargetCode, string Reason, string? Note, DateOnly ValidFrom, DateOnly? ValidTo, string RecordedBy, int Version);

public sealed record ImportJobDto(
    Guid Id, string Roster, string Mode, string FileName, string? FileSha256, long FileBytes, string Encoding, string Status, long RowsDone, long? RowsTotal,
    double? EtaSeconds, long Inserted, long Updated, long Unchanged, long ErrorCount, string? Message, string ReportUrl,
    string? Phase = null, long PhaseDone = 0, long? PhaseTotal = null);
