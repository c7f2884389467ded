using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Inspections;
using Mediator;

namespace DoubleRandom.Application.Inspections.Uploads.Commands.CreateUpload;

/// <summary>
/// tus creation: an empty upload of <paramref name="Length"/> bytes that will become evidence of the kind for an
/// assigned (task, target), once its bytes have the declared SHA-256.
/// </summary>
[Unscoped("evidence is scoped by assignment to the caller's group (EvidenceAccess), not by unit")]
public sealed record CreateUploadCommand(
    Guid TaskId, string TargetCode, EvidenceKind Kind, string FileName, string Sha256, long Length,
    DateTime? CapturedAtUtc, double? Latitude, double? Longitude) : ICommand<UploadDto>;
