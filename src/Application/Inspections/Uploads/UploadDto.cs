namespace DoubleRandom.Application.Inspections.Uploads;

/// <summary>A resumable upload's state as the tus headers carry it; the evidence id once it is finished.</summary>
public sealed record UploadDto(Guid Id, long Length, long Offset, DateTime ExpiresAtUtc, Guid? EvidenceId);
