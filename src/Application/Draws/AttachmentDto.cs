using DoubleRandom.Domain.Draws;

namespace DoubleRandom.Application.Draws;

public sealed record AttachmentDto(Guid Id, AttachmentKind Kind, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTime UploadedAtUtc);
